/**
 * The MDX blocks that lessons use without import statements: the lesson page renders
 * `<Content components={lessonComponents} />`.
 */
import Voorbeeld from './Voorbeeld.astro';
import Tip from './Tip.astro';
import Reflectie from './Reflectie.astro';
import Kern from './Kern.astro';
import Citaat from './Citaat.astro';
import Begrip from './Begrip.astro';

export { Voorbeeld, Tip, Reflectie, Kern, Citaat, Begrip };

export const lessonComponents = { Voorbeeld, Tip, Reflectie, Kern, Citaat, Begrip };
