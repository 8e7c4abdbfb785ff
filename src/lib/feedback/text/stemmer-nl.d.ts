// Types for the Dutch Snowball stemmer file of @nlpjs/lang-nl (plain CommonJS, no types shipped).
declare module '@nlpjs/lang-nl/src/stemmer-nl.js' {
  export default class StemmerNl {
    stemWord(word: string): string;
    cache: Record<string, string>;
  }
}
