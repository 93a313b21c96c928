/** The words `gen-corpus.ts` writes its synthetic articles with, in English and in Spanish. */

/** The syllables of the cast's made-up names. */
export const SYLLABLES = ['ka', 'lor', 'ven', 'mi', 'dra', 'sol', 'ta', 'ber', 'qui', 'no', 'zan', 'fe', 'ru', 'hal', 'sen', 'po', 'vix', 'del', 'mar', 'tun', 'gor', 'li', 'bas', 'cer'];
/** The nouns of the articles' sentences. */
export const WORDS = `government ministry agreement council report policy border trade security cooperation election
  parliament budget energy pipeline harbour treaty embassy investigation court ruling sanctions export import
  drones weapons troops summit delegation statement analysts observers region province capital industry
  farmers workers unions protest reform inflation currency loan bank market tariff shipment cargo fleet
  satellite network reactor uranium refinery mining lithium copper grain harvest drought flood relief aid
  hospital school university media newspaper broadcaster journalist editor column interview commentary`
  .split(/\s+/)
  .filter(Boolean);
/** Their verbs. */
export const VERBS = ['signed', 'criticised', 'welcomed', 'announced', 'rejected', 'expanded', 'reviewed', 'questioned', 'funded', 'blocked'];
/** The months, as an English date phrase names them. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The Spanish of each word and verb, for the articles in Spanish: drawn as the English, so both read the same draws. */
export const SPANISH: Readonly<Record<string, string>> = {
  government: 'gobierno', ministry: 'ministerio', agreement: 'acuerdo', council: 'consejo', report: 'informe',
  policy: 'política', border: 'frontera', trade: 'comercio', security: 'seguridad', cooperation: 'cooperación',
  election: 'elección', parliament: 'parlamento', budget: 'presupuesto', energy: 'energía', pipeline: 'oleoducto',
  harbour: 'puerto', treaty: 'tratado', embassy: 'embajada', investigation: 'investigación', court: 'tribunal',
  ruling: 'fallo', sanctions: 'sanciones', export: 'exportación', import: 'importación', drones: 'drones',
  weapons: 'armas', troops: 'tropas', summit: 'cumbre', delegation: 'delegación', statement: 'declaración',
  analysts: 'analistas', observers: 'observadores', region: 'región', province: 'provincia', capital: 'capital',
  industry: 'industria', farmers: 'agricultores', workers: 'trabajadores', unions: 'sindicatos', protest: 'protesta',
  reform: 'reforma', inflation: 'inflación', currency: 'moneda', loan: 'préstamo', bank: 'banco', market: 'mercado',
  tariff: 'arancel', shipment: 'envío', cargo: 'carga', fleet: 'flota', satellite: 'satélite', network: 'red',
  reactor: 'reactor', uranium: 'uranio', refinery: 'refinería', mining: 'minería', lithium: 'litio', copper: 'cobre',
  grain: 'grano', harvest: 'cosecha', drought: 'sequía', flood: 'inundación', relief: 'socorro', aid: 'ayuda',
  hospital: 'hospital', school: 'escuela', university: 'universidad', media: 'medios', newspaper: 'periódico',
  broadcaster: 'emisora', journalist: 'periodista', editor: 'editor', column: 'columna', interview: 'entrevista',
  commentary: 'comentario', signed: 'firmó', criticised: 'criticó', welcomed: 'celebró', announced: 'anunció',
  rejected: 'rechazó', expanded: 'amplió', reviewed: 'revisó', questioned: 'cuestionó', funded: 'financió', blocked: 'bloqueó',
};
/** The months, as a Spanish date phrase names them. */
export const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
