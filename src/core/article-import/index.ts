export { importArticle, type ImportArticleOptions, type ImportedArticle } from './import-article.js';
export { fromDom, fromParse5, type HtmlNode, type HtmlParser } from './html-tree.js';
