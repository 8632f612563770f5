// Where "Quick exit" goes when `content/site.yaml` sets no `exitUrl`: per site language, an ordinary,
// widely used page in that language that anyone might have open. Weather rather than news, which can be
// distressing; https, so leaving is not itself readable on the network.
import { fallbackLanguage, siteLanguageOf, type SiteLanguage } from './languages.ts';

export const exitDestinations: Readonly<Record<SiteLanguage, string>> = {
  en: 'https://www.bbc.co.uk/weather', // BBC Weather
  es: 'https://www.tiempo.com/', // tiempo.com (Meteored), forecasts for Spain and Latin America
  fr: 'https://meteofrance.com/', // Météo-France, France's national weather service
  de: 'https://www.wetter.com/', // wetter.com
  pt: 'https://www.climatempo.com.br/', // Climatempo, Brazil's most used weather site
  it: 'https://www.ilmeteo.it/', // iLMeteo.it
  nl: 'https://www.buienradar.nl/', // Buienradar
  pl: 'https://www.twojapogoda.pl/', // TwojaPogoda.pl
  ar: 'https://www.arabiaweather.com/', // طقس العرب (ArabiaWeather), in Arabic across the Arab world
  he: 'https://ims.gov.il/', // השירות המטאורולוגי (Israel Meteorological Service), in Hebrew
  zh: 'https://www.weather.com.cn/', // 中国天气网 (China Weather, China Meteorological Administration)
  ja: 'https://tenki.jp/', // tenki.jp (Japan Weather Association)
};

/** The quick exit's destination for a site in language `tag`; English's for a language the site has no words for. */
export function exitDestinationFor(tag: string): string {
  return exitDestinations[siteLanguageOf(tag) ?? fallbackLanguage];
}
