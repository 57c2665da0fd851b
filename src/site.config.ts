/**
 * Who runs the site, as a Chinese government website shows it (政府网站发展指引, 国办发〔2017〕47号):
 * the one place for the footer's identifiers, the contact details and the mistake reports.
 *
 * Nothing here may be guessed. Every identifier is issued to the site's operator (网站标识码 by
 * the State Council's site census, ICP备案号 by the MIIT, 公安机关备案号 by the public security
 * filing system); until the operator supplies it, it stays empty and the footer leaves it out.
 * A production build (BH_SITE set) lists the empty ones.
 */
export interface SiteConfig {
  /** 主办单位: the body responsible for the site, in both languages. */
  organizer: { zh: string; en: string };
  /** 承办单位: the body that runs it day to day. */
  operator: { zh: string; en: string };
  /** 网站标识码, e.g. ten characters issued by the government website census. */
  siteCode: string;
  /** ICP备案号 (e.g. 鲁ICP备…号); the footer links it to https://beian.miit.gov.cn/. */
  icp: string;
  /** 公安机关备案号 (e.g. 鲁公网安备…号); the footer links it to https://beian.mps.gov.cn/. */
  publicSecurity: string;
  /** The 党政机关网站标识 (the red mark issued by 中央编办), as an address the site serves. */
  partyGovMark: { image: string; href: string };
  /** Contact details shown in the footer and on the About page. */
  contact: { phone: string; email: string; address: { zh: string; en: string } };
  /** The "我为政府网站找错" link issued with the site code. */
  findErrorUrl: string;
  /** Where a reader reports a mistake in one record: an email address or a form address. */
  mistakeReport: { email: string; formUrl: string };
  /**
   * The licence of the open data at /data/, as the operator decides it: its name and the address
   * of its text (e.g. CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). Empty until then.
   */
  dataLicence: { name: string; url: string };
}

export const SITE: SiteConfig = {
  organizer: { zh: '', en: '' },
  operator: { zh: '', en: '' },
  siteCode: '',
  icp: '',
  publicSecurity: '',
  partyGovMark: { image: '', href: '' },
  contact: { phone: '', email: '', address: { zh: '', en: '' } },
  findErrorUrl: '',
  mistakeReport: { email: '', formUrl: '' },
  dataLicence: { name: '', url: '' },
};
