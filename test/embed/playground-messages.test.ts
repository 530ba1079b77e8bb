import { expect, waitUntil } from '@open-wc/testing';

/** The playground in an iframe, as an author opens it (it loads the built package from /dist). */
async function openPlayground(): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.src = '/demo/playground.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.querySelector('#result')?.textContent?.includes('Valid'), 'sample not checked');
  return doc;
}

async function paste(doc: Document, text: string): Promise<string> {
  doc.querySelector<HTMLTextAreaElement>('#json')!.value = text;
  doc.querySelector<HTMLButtonElement>('#check')!.click();
  await waitUntil(() => doc.querySelector('#result')?.textContent?.trim(), 'no result');
  return doc.querySelector('#result')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('the playground explains what it cannot read', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('says where curly quotes are, in plain words, and the button shows the place', async () => {
    const doc = await openPlayground();
    const result = await paste(doc, '{\n  “id”: “bridge”\n}');
    expect(result).to.include('Line 2, column 3:').and.include('curly').and.not.include('position');
    doc.querySelector<HTMLButtonElement>('#result button')!.click();
    const box = doc.querySelector<HTMLTextAreaElement>('#json')!;
    expect(doc.activeElement).to.equal(box);
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).to.equal('“');
  });

  it('says a trailing comma is the problem', async () => {
    const doc = await openPlayground();
    expect(await paste(doc, '{"id": "a", "name": "A",}'))
      .to.include('Line 1, column 24:')
      .and.include('comma');
  });

  it('points prose pasted into the JSON box to the text format', async () => {
    const doc = await openPlayground();
    expect(await paste(doc, 'Glute bridge\nLie on your back and lift your hips.')).to.include('text format');
  });

  it('warns about "instructions" instead of saying only "Valid exercise."', async () => {
    const doc = await openPlayground();
    const result = await paste(doc, '{"id": "a", "name": "Bridge", "instructions": ["Lie down."]}');
    expect(result).to.include('Valid exercise.');
    expect(result).to.include('"instructions" is not a field we know; did you mean "steps"?');
  });
});
