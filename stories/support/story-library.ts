/** A library for stories, served by the fetch stub: no network. */
/** A few exercises as Free Exercise DB gives them (mapped by core's fromFreeExerciseDb). */
export const storyLibrary = {
  title: 'Free Exercise DB',
  url: 'https://github.com/yuhonas/free-exercise-db',
  licence: 'Unlicense',
  exercises: [
    { id: 'Plank', name: 'Plank', muscles: ['abdominals'], difficulty: 'beginner' },
    { id: 'Side_Bridge', name: 'Side Bridge', muscles: ['abdominals'], difficulty: 'intermediate' },
    { id: 'Butt_Lift_Bridge', name: 'Butt Lift (Bridge)', muscles: ['glutes'] },
    { id: 'Hammer_Curls', name: 'Hammer Curls', muscles: ['biceps'], equipment: ['dumbbell'] },
    { id: 'Bodyweight_Squat', name: 'Bodyweight Squat', muscles: ['quadriceps'] },
    { id: '90_90_Hamstring', name: '90/90 Hamstring', muscles: ['hamstrings'], category: 'stretching' },
  ],
};
