/**
 * Every interface string, in English, Traditional Chinese (Taiwan) and Simplified Chinese
 * (mainland China): the one source of truth. `build.ts` writes `_locales/{en,zh_TW,zh_CN}/
 * messages.json` from it, and the code reads the strings at run time through
 * `browser.i18n.getMessage` (`src/shared/i18n.ts`), so the browser's own language choice and
 * fallback apply. Only the key type is imported by the code; the table itself never enters a
 * bundle.
 *
 * Writing entries:
 * - `$1` … `$9` are substitutions, in the order the code passes them; a translation may reorder
 *   them. No other `$` may appear.
 * - Counts have `_one` and `_other` forms (English needs both; Chinese uses `_other`, but both
 *   exist in every language so `plural()` never misses).
 * - Dataset text (names, summaries, quotes) is never here: it is shown as published.
 * - zh-TW follows Taiwan usage (資料, 網路, 駭客, 搜尋); zh-CN mainland usage (数据, 网络, 黑客, 搜索).
 */

export interface CatalogueEntry {
  en: string;
  zhTW: string;
  zhCN: string;
  /** For translators: where the string appears, when the key alone does not say. */
  note?: string;
}

export const CATALOGUE = {
  // ---- Extension, manifest, shared --------------------------------------------------------
  ext_name: { en: 'Counterclaim', zhTW: 'Counterclaim 指控對照', zhCN: 'Counterclaim 指控对照', note: 'Store and toolbar name' },
  ext_description: {
    en: 'Shows who accused whom, who denied it and the evidence status when you hover the actors named in news about contested cyber-attacks. Offline.',
    zhTW: '在報導網路攻擊指控的新聞中，將滑鼠停在被提及的行為者上，即可看到誰指控了誰、誰否認，以及證據狀態。完全離線運作。',
    zhCN: '在报道网络攻击指控的新闻中，将鼠标停在被提及的行为者上，即可看到谁指控了谁、谁否认，以及证据状态。完全离线运行。',
  },
  cmd_next: {
    en: 'Go to the next highlighted name and open its card',
    zhTW: '前往下一個標示的名稱並開啟卡片',
    zhCN: '前往下一个标示的名称并打开卡片',
  },
  cmd_previous: {
    en: 'Go to the previous highlighted name and open its card',
    zhTW: '前往上一個標示的名稱並開啟卡片',
    zhCN: '前往上一个标示的名称并打开卡片',
  },
  locale_tag: { en: 'en', zhTW: 'zh-TW', zhCN: 'zh-CN', note: 'BCP 47 tag of this catalogue; dates are formatted with it' },
  brand: { en: 'Counterclaim', zhTW: 'Counterclaim', zhCN: 'Counterclaim', note: 'Product name, not translated' },
  loading: { en: 'Loading…', zhTW: '載入中…', zhCN: '加载中…' },
  colon: { en: ': ', zhTW: '：', zhCN: '：', note: 'Between a label and what follows it' },
  list_separator: { en: ', ', zhTW: '、', zhCN: '、', note: 'Between names in a list' },
  date_unknown: { en: 'date unknown', zhTW: '日期不詳', zhCN: '日期不详' },
  data_as_of: { en: 'Data as of $1', zhTW: '資料截至 $1', zhCN: '数据截至 $1' },
  data_version_as_of: { en: 'Data $1, as of $2', zhTW: '資料版本 $1，截至 $2', zhCN: '数据版本 $1，截至 $2' },
  latest_development: { en: 'Latest development: $1', zhTW: '最新進展：$1', zhCN: '最新进展：$1' },
  as_published_note: {
    en: 'Summaries and quotes are shown as published, in their original language.',
    zhTW: '摘要與引文依原文呈現，未經翻譯。',
    zhCN: '摘要和引文按原文呈现，未经翻译。',
    note: 'Shown once per card, quietly, in interfaces whose language differs from the data',
  },

  // ---- Enums: roles, kinds, stances, evidence, tiers, bases ------------------------------------
  role_claimant: { en: 'Accuser', zhTW: '指控方', zhCN: '指控方' },
  role_accused: { en: 'Accused', zhTW: '被指控方', zhCN: '被指控方' },
  role_responder: { en: 'Responded', zhTW: '回應方', zhCN: '回应方' },

  kind_state: { en: 'State', zhTW: '國家', zhCN: '国家' },
  kind_state_agency: { en: 'State agency', zhTW: '政府機關', zhCN: '政府机关' },
  kind_military_unit: { en: 'Military unit', zhTW: '軍事單位', zhCN: '军事单位' },
  kind_threat_group: { en: 'Hacker group', zhTW: '駭客組織', zhCN: '黑客组织' },
  kind_company: { en: 'Company', zhTW: '公司', zhCN: '公司' },
  kind_government_official: { en: 'Government official', zhTW: '政府官員', zhCN: '政府官员' },
  kind_government_body: { en: 'Government body', zhTW: '政府組織', zhCN: '政府组织' },
  kind_law_enforcement: { en: 'Law enforcement', zhTW: '執法機關', zhCN: '执法机关' },
  kind_researcher: { en: 'Researcher', zhTW: '研究人員', zhCN: '研究人员' },
  kind_news_outlet: { en: 'News outlet', zhTW: '新聞媒體', zhCN: '新闻媒体' },
  kind_organization: { en: 'Organization', zhTW: '組織', zhCN: '组织' },

  stance_denies: { en: 'Denied', zhTW: '否認', zhCN: '否认' },
  stance_disputes: { en: 'Disputed', zhTW: '質疑', zhCN: '质疑' },
  stance_counter_claims: { en: 'Counter-accused', zhTW: '反指控', zhCN: '反指控' },
  stance_supports: { en: 'Supported', zhTW: '支持', zhCN: '支持' },
  stance_corroborates: { en: 'Corroborated', zhTW: '佐證', zhCN: '佐证' },
  stance_comments: { en: 'Commented', zhTW: '評論', zhCN: '评论' },
  stance_declines_to_comment: { en: 'Declined to comment', zhTW: '拒絕評論', zhCN: '拒绝评论' },
  stance_did_not_respond: { en: 'Did not respond', zhTW: '未回應', zhCN: '未回应' },
  stance_no_response_found: { en: 'No response found', zhTW: '查無回應', zhCN: '未找到回应' },
  stance_none_recorded: {
    en: 'No response recorded',
    zhTW: '尚無回應紀錄',
    zhCN: '暂无回应记录',
    note: 'A claim with no response in the data',
  },

  evidence_asserted: { en: 'Asserted', zhTW: '僅有聲稱', zhCN: '仅有声称' },
  evidence_claimant_indicators: { en: 'Claimant’s indicators', zhTW: '指控方公布的技術指標', zhCN: '指控方公布的技术指标' },
  evidence_independently_corroborated: { en: 'Independently corroborated', zhTW: '獨立佐證', zhCN: '独立佐证' },
  evidence_unverifiable_by_press: { en: 'Unverifiable by press', zhTW: '媒體無法查證', zhCN: '媒体无法核实' },
  evidence_not_assessed: { en: 'Not assessed', zhTW: '未評估', zhCN: '未评估' },
  meaning_asserted: {
    en: 'As far as the sources say, the claim was made without public evidence beyond the claimant’s own statements.',
    zhTW: '就來源所示，除指控方自己的說法外，此指控沒有公開證據。',
    zhCN: '就来源所示，除指控方自己的说法外，此指控没有公开证据。',
  },
  meaning_claimant_indicators: {
    en: 'The claimant’s side published technical material others could check; no independent confirmation is in the sources.',
    zhTW: '指控方公布了他人可查核的技術資料；來源中沒有獨立的確認。',
    zhCN: '指控方公布了他人可核查的技术资料；来源中没有独立的确认。',
  },
  meaning_independently_corroborated: {
    en: 'A party independent of the claimant says it examined evidence and reached the same attribution.',
    zhTW: '一個獨立於指控方的單位表示，它檢視了證據並得出相同的歸因。',
    zhCN: '一个独立于指控方的机构表示，它检视了证据并得出相同的归因。',
  },
  meaning_unverifiable_by_press: {
    en: 'An independent news organisation says it tried to verify the claim and could not.',
    zhTW: '一家獨立新聞機構表示，它試圖查證此指控但未能證實。',
    zhCN: '一家独立新闻机构表示，它试图核实此指控但未能证实。',
  },
  meaning_not_assessed: {
    en: 'The sources gathered report the claim but say nothing about the evidence behind it.',
    zhTW: '所蒐集的來源報導了此指控，但未提及背後的證據。',
    zhCN: '所收集的来源报道了此指控，但未提及背后的证据。',
  },
  evidence_not_a_verdict: {
    en: 'The status describes what is publicly known about the evidence. It is not a verdict on whether the claim is true, and a denial does not change it.',
    zhTW: '此狀態描述的是公開已知的證據情況，並非判定指控真偽；否認也不會改變它。',
    zhCN: '此状态描述的是公开已知的证据情况，并非判定指控真伪；否认也不会改变它。',
  },

  tier_primary: { en: 'primary source', zhTW: '第一手來源', zhCN: '第一手来源' },
  tier_wire: { en: 'wire service', zhTW: '通訊社', zhCN: '通讯社' },
  tier_state_media: { en: 'state media', zhTW: '官方媒體', zhCN: '官方媒体' },
  tier_secondary: { en: 'secondary source', zhTW: '二手來源', zhCN: '二手来源' },

  basis_indictment: { en: 'indictment', zhTW: '起訴書', zhCN: '起诉书' },
  basis_advisory: { en: 'advisory', zhTW: '安全公告', zhCN: '安全通告' },
  basis_sanctions: { en: 'sanctions', zhTW: '制裁', zhCN: '制裁' },
  basis_government_statement: { en: 'government statement', zhTW: '政府聲明', zhCN: '政府声明' },
  basis_police_statement: { en: 'police statement', zhTW: '警方聲明', zhCN: '警方声明' },
  basis_vendor_report: { en: 'vendor report', zhTW: '資安廠商報告', zhCN: '安全厂商报告' },
  basis_unnamed_officials: { en: 'unnamed officials', zhTW: '匿名官員', zhCN: '匿名官员' },
  basis_catalogue: { en: 'catalogue entry', zhTW: '目錄條目', zhCN: '目录条目' },
  basis_media_report: { en: 'media report', zhTW: '媒體報導', zhCN: '媒体报道' },

  // ---- Card and shared claim view ---------------------------------------------------------
  card_close: { en: 'Close', zhTW: '關閉', zhCN: '关闭' },
  card_close_label: { en: 'Close the card', zhTW: '關閉卡片', zhCN: '关闭卡片' },
  glance_claim: { en: 'Claim', zhTW: '指控', zhCN: '指控' },
  glance_response: { en: 'Response', zhTW: '回應', zhCN: '回应' },
  glance_evidence: { en: 'Evidence', zhTW: '證據', zhCN: '证据' },
  glance_label: { en: 'At a glance', zhTW: '重點', zhCN: '要点', note: 'Accessible name of the three-line summary' },
  accused_sr: { en: 'accused', zhTW: '指控', zhCN: '指控', note: 'Read between claimant and accused instead of the arrow' },
  no_record: { en: 'No record for this name.', zhTW: '查無此名稱的紀錄。', zhCN: '没有此名称的记录。' },
  no_claims: { en: 'No claims recorded.', zhTW: '尚無指控紀錄。', zhCN: '暂无指控记录。' },
  more_claims_one: { en: '$1 more claim', zhTW: '另有 $1 項指控', zhCN: '另有 $1 项指控' },
  more_claims_other: { en: '$1 more claims', zhTW: '另有 $1 項指控', zhCN: '另有 $1 项指控' },
  show_all_claim: { en: 'All quotes, responses and sources', zhTW: '全部引文、回應與來源', zhCN: '全部引文、回应和来源' },
  claimed_on: { en: 'Claimed $1', zhTW: '指控日期：$1', zhCN: '指控日期：$1' },
  episode_label: { en: 'Episode: $1', zhTW: '事件：$1', zhCN: '事件：$1' },
  basis_label: { en: 'Based on: $1', zhTW: '依據：$1', zhCN: '依据：$1' },
  accuser_words: { en: 'The accuser’s words', zhTW: '指控方原話', zhCN: '指控方原话' },
  responses_title: { en: 'Responses', zhTW: '回應', zhCN: '回应' },
  evidence_title: { en: 'Evidence', zhTW: '證據', zhCN: '证据' },
  sources_title: { en: 'Sources', zhTW: '來源', zhCN: '来源' },
  timeline_title: { en: 'Timeline', zhTW: '時間軸', zhCN: '时间轴' },
  not_encrypted: { en: 'not encrypted (http): $1', zhTW: '未加密（http）：$1', zhCN: '未加密（http）：$1' },
  quote_from: { en: '— $1', zhTW: '——$1', zhCN: '——$1', note: 'Attribution under a quote: the publisher' },
  about_title: { en: 'About', zhTW: '簡介', zhCN: '简介' },
  aka_title: { en: 'Also known as', zhTW: '又名', zhCN: '又名' },
  aka_other_names: { en: 'Other names', zhTW: '其他名稱', zhCN: '其他名称', note: 'Names whose users the data does not record' },
  aka_show_all: { en: 'Show all $1 names', zhTW: '顯示全部 $1 個名稱', zhCN: '显示全部 $1 个名称' },
  aka_show_fewer: { en: 'Show fewer names', zhTW: '收起名稱', zhCN: '收起名称' },
  catalogue_title: { en: 'Catalogue entries', zhTW: '目錄編號', zhCN: '目录编号' },
  overlaps_title: { en: 'Overlaps with', zhTW: '與下列群組重疊', zhCN: '与下列组织重叠' },

  timeline_claim: { en: '$1 claims', zhTW: '$1 提出指控', zhCN: '$1 提出指控', note: 'Timeline row of the claim; $1 is the claimant' },
  timeline_response: { en: '$1 · $2', zhTW: '$1 · $2', zhCN: '$1 · $2', note: 'Timeline row of a response: $1 responder, $2 stance' },
  timeline_undated: { en: 'undated', zhTW: '日期不詳', zhCN: '日期不详' },

  // ---- In-page announcements (screen readers) ---------------------------------------------
  announce_marked: {
    en: 'Counterclaim marked $1 names on this page. Alt+Shift+N moves to the next.',
    zhTW: 'Counterclaim 在本頁標示了 $1 個名稱。按 Alt+Shift+N 可移到下一個。',
    zhCN: 'Counterclaim 在本页标示了 $1 个名称。按 Alt+Shift+N 可移到下一个。',
  },
  announce_step: { en: 'Name $1 of $2: $3', zhTW: '第 $1 個名稱（共 $2 個）：$3', zhCN: '第 $1 个名称（共 $2 个）：$3' },

  // ---- Popup ------------------------------------------------------------------------------
  popup_switches_label: { en: 'Where Counterclaim runs', zhTW: 'Counterclaim 的執行範圍', zhCN: 'Counterclaim 的运行范围' },
  popup_on_for: { en: 'On for $1', zhTW: '在 $1 啟用', zhCN: '在 $1 启用' },
  popup_pause: { en: 'Pause everywhere', zhTW: '全部暫停', zhCN: '全部暂停' },
  popup_search_label: { en: 'Search all actors and claims', zhTW: '搜尋所有行為者與指控', zhCN: '搜索所有行为者和指控' },
  popup_search_placeholder: {
    en: 'Name in any script, or words from a claim',
    zhTW: '任何文字的名稱，或指控中的字詞',
    zhCN: '任何文字的名称，或指控中的词语',
  },
  popup_unavailable_title: {
    en: 'Counterclaim can’t read this page.',
    zhTW: 'Counterclaim 無法讀取此頁。',
    zhCN: 'Counterclaim 无法读取此页。',
  },
  popup_unavailable_text: {
    en: 'Browsers don’t let extensions run on their own pages (settings, new tabs, add-on stores) or in the built-in PDF viewer. On a news article, names are marked as you read. Search below works on any page.',
    zhTW: '瀏覽器不允許擴充功能在其自身頁面（設定、新分頁、擴充功能商店）或內建 PDF 檢視器中執行。在新聞文章中，名稱會在你閱讀時標示出來。下方的搜尋在任何頁面都能使用。',
    zhCN: '浏览器不允许扩展程序在其自身页面（设置、新标签页、扩展商店）或内置 PDF 查看器中运行。在新闻文章中，名称会在你阅读时标示出来。下方的搜索在任何页面都能使用。',
  },
  popup_paused_title: {
    en: 'Counterclaim is paused on every site.',
    zhTW: 'Counterclaim 已在所有網站暫停。',
    zhCN: 'Counterclaim 已在所有网站暂停。',
  },
  popup_paused_text: {
    en: 'Untick “Pause everywhere” to mark names again.',
    zhTW: '取消勾選「全部暫停」即可重新標示名稱。',
    zhCN: '取消勾选“全部暂停”即可重新标示名称。',
  },
  popup_off_title: { en: 'Counterclaim is off on $1.', zhTW: 'Counterclaim 已在 $1 關閉。', zhCN: 'Counterclaim 已在 $1 关闭。' },
  popup_this_site: { en: 'this site', zhTW: '此網站', zhCN: '此网站' },
  popup_off_text: {
    en: 'Tick the switch above to mark names on this site again.',
    zhTW: '勾選上方的開關，即可在此網站重新標示名稱。',
    zhCN: '勾选上方的开关，即可在此网站重新标示名称。',
  },
  popup_reading: { en: 'Reading this page…', zhTW: '正在讀取此頁…', zhCN: '正在读取此页…' },
  popup_still_reading: { en: 'Still reading this page…', zhTW: '仍在讀取此頁…', zhCN: '仍在读取此页…' },
  popup_no_mentions: {
    en: 'No actors from the dataset are named on this page.',
    zhTW: '此頁沒有提及資料集中的行為者。',
    zhCN: '此页没有提及数据集中的行为者。',
  },
  popup_no_mentions_text: {
    en: 'Counterclaim marks agencies, units, hacker groups, firms and officials that appear in contested cyber-attribution claims. Search below to look one up.',
    zhTW: 'Counterclaim 會標示出現在有爭議的網路攻擊歸因指控中的機關、部隊、駭客組織、公司與官員。可用下方搜尋查詢。',
    zhCN: 'Counterclaim 会标示出现在有争议的网络攻击归因指控中的机关、部队、黑客组织、公司和官员。可用下方搜索查询。',
  },
  popup_on_page_title: { en: 'On this page', zhTW: '本頁提及', zhCN: '本页提及' },
  popup_page_status: { en: '$1 · $2.', zhTW: '$1 · $2。', zhCN: '$1 · $2。' },
  popup_capped: {
    en: 'Only the first mentions were marked on this long page.',
    zhTW: '此頁很長，只標示了前面的提及。',
    zhCN: '此页很长，只标示了前面的提及。',
  },
  popup_scanning_so_far: { en: 'So far; still reading…', zhTW: '目前為止；仍在讀取…', zhCN: '目前为止；仍在读取…' },
  popup_choose_hint: {
    en: 'Choose a name to see it on the page.',
    zhTW: '選擇名稱即可在頁面上看到它。',
    zhCN: '选择名称即可在页面上看到它。',
  },
  popup_show_on_page_sr: { en: ': show on the page', zhTW: '：在頁面上顯示', zhCN: '：在页面上显示' },
  popup_same_group: { en: 'same group, $1 names here', zhTW: '同一組織，本頁用了 $1 個名稱', zhCN: '同一组织，本页用了 $1 个名称' },
  popup_same_actor: { en: 'same actor, $1 names here', zhTW: '同一行為者，本頁用了 $1 個名稱', zhCN: '同一行为者，本页用了 $1 个名称' },
  popup_explore_actor: { en: 'All records', zhTW: '全部紀錄', zhCN: '全部记录' },
  popup_claims_title: { en: 'Claims involving them', zhTW: '涉及他們的指控', zhCN: '涉及他们的指控' },
  popup_no_claims: { en: 'No claims recorded for these actors.', zhTW: '這些行為者尚無指控紀錄。', zhCN: '这些行为者暂无指控记录。' },
  popup_parties_present: { en: '$1 of $2 parties named on this page', zhTW: '本頁提及 $2 方中的 $1 方', zhCN: '本页提及 $2 方中的 $1 方' },
  popup_showing: { en: 'Showing $1 on the page.', zhTW: '已在頁面上顯示 $1。', zhCN: '已在页面上显示 $1。' },
  popup_gone: { en: '$1 is no longer on the page.', zhTW: '$1 已不在頁面上。', zhCN: '$1 已不在页面上。' },
  popup_own_dataset: { en: 'your own dataset', zhTW: '你自己的資料集', zhCN: '你自己的数据集' },
  popup_with_import: { en: 'with your import', zhTW: '含你匯入的資料', zhCN: '含你导入的数据' },
  popup_rubric_link: { en: 'How evidence is rated', zhTW: '證據如何評定', zhCN: '证据如何评定' },
  popup_options_link: { en: 'Options', zhTW: '選項', zhCN: '选项' },
  popup_explore_link: { en: 'Explore all data', zhTW: '瀏覽全部資料', zhCN: '浏览全部数据' },
  search_nothing: {
    en: 'Nothing in the dataset matches “$1”.',
    zhTW: '資料集中沒有符合「$1」的內容。',
    zhCN: '数据集中没有符合“$1”的内容。',
  },
  search_count: { en: '$1 and $2 match.', zhTW: '符合：$1、$2。', zhCN: '符合：$1、$2。' },
  search_actors_title: { en: 'Actors', zhTW: '行為者', zhCN: '行为者' },
  search_claims_title: { en: 'Claims', zhTW: '指控', zhCN: '指控' },
  search_show_on_page: { en: 'Show on the page', zhTW: '在頁面上顯示', zhCN: '在页面上显示' },
  search_mentions_here: { en: '$1 on this page', zhTW: '本頁 $1', zhCN: '本页 $1' },

  count_actors_one: { en: '$1 actor', zhTW: '$1 個行為者', zhCN: '$1 个行为者' },
  count_actors_other: { en: '$1 actors', zhTW: '$1 個行為者', zhCN: '$1 个行为者' },
  count_mentions_one: { en: '$1 mention', zhTW: '提及 $1 次', zhCN: '提及 $1 次' },
  count_mentions_other: { en: '$1 mentions', zhTW: '提及 $1 次', zhCN: '提及 $1 次' },
  count_claims_one: { en: '$1 claim', zhTW: '$1 項指控', zhCN: '$1 项指控' },
  count_claims_other: { en: '$1 claims', zhTW: '$1 項指控', zhCN: '$1 项指控' },
  count_responses_one: { en: '$1 response', zhTW: '$1 則回應', zhCN: '$1 条回应' },
  count_responses_other: { en: '$1 responses', zhTW: '$1 則回應', zhCN: '$1 条回应' },
  count_sources_one: { en: '$1 source', zhTW: '$1 個來源', zhCN: '$1 个来源' },
  count_sources_other: { en: '$1 sources', zhTW: '$1 個來源', zhCN: '$1 个来源' },
  count_problems_one: { en: '$1 problem', zhTW: '$1 個問題', zhCN: '$1 个问题' },
  count_problems_other: { en: '$1 problems', zhTW: '$1 個問題', zhCN: '$1 个问题' },
  count_groups_one: { en: '$1 group', zhTW: '$1 個組織', zhCN: '$1 个组织' },
  count_groups_other: { en: '$1 groups', zhTW: '$1 個組織', zhCN: '$1 个组织' },

  // ---- Explore page -----------------------------------------------------------------------
  explore_title: { en: 'Counterclaim explorer', zhTW: 'Counterclaim 資料瀏覽', zhCN: 'Counterclaim 数据浏览' },
  explore_intro: {
    en: 'Every claim, response and source in the data in use, offline. Filter, search, and open an actor or an episode; the address of each view can be bookmarked.',
    zhTW: '目前使用的資料中的所有指控、回應與來源，離線瀏覽。可篩選、搜尋，並開啟行為者或事件頁面；每個畫面的網址都能加入書籤。',
    zhCN: '当前使用的数据中的所有指控、回应和来源，离线浏览。可筛选、搜索，并打开行为者或事件页面；每个页面的网址都能加入书签。',
  },
  explore_search_label: { en: 'Search', zhTW: '搜尋', zhCN: '搜索' },
  explore_search_placeholder: {
    en: 'Name in any script, or words from a claim',
    zhTW: '任何文字的名稱，或指控中的字詞',
    zhCN: '任何文字的名称，或指控中的词语',
  },
  explore_filters: { en: 'Filters', zhTW: '篩選', zhCN: '筛选' },
  explore_filter_accused_state: { en: 'Accused state', zhTW: '被指控國家', zhCN: '被指控国家' },
  explore_filter_claimant: { en: 'Claimant', zhTW: '指控方', zhCN: '指控方' },
  explore_filter_status: { en: 'Evidence status', zhTW: '證據狀態', zhCN: '证据状态' },
  explore_filter_stance: { en: 'Response', zhTW: '回應', zhCN: '回应' },
  explore_filter_year: { en: 'Year', zhTW: '年份', zhCN: '年份' },
  explore_any: { en: 'Any', zhTW: '不限', zhCN: '不限' },
  explore_year_unknown: { en: 'Year unknown', zhTW: '年份不詳', zhCN: '年份不详' },
  explore_clear: { en: 'Clear filters', zhTW: '清除篩選', zhCN: '清除筛选' },
  explore_claims_tab: { en: 'Claims', zhTW: '指控', zhCN: '指控' },
  explore_actors_tab: { en: 'Actors', zhTW: '行為者', zhCN: '行为者' },
  explore_view_label: { en: 'View', zhTW: '檢視', zhCN: '视图' },
  explore_showing: { en: 'Showing $1 of $2.', zhTW: '顯示 $2 項中的 $1 項。', zhCN: '显示 $2 项中的 $1 项。' },
  explore_show_more: { en: 'Show $1 more', zhTW: '再顯示 $1 項', zhCN: '再显示 $1 项' },
  explore_no_match: { en: 'Nothing matches these filters.', zhTW: '沒有符合這些篩選條件的項目。', zhCN: '没有符合这些筛选条件的项目。' },
  explore_back: { en: 'All claims', zhTW: '全部指控', zhCN: '全部指控' },
  explore_not_found: {
    en: 'Nothing in the data has the id “$1”.',
    zhTW: '資料中沒有編號為「$1」的項目。',
    zhCN: '数据中没有编号为“$1”的项目。',
  },
  explore_names_title: { en: 'Names, by who uses them', zhTW: '名稱（依使用者分類）', zhCN: '名称（按使用者分类）' },
  explore_claims_title: { en: 'Claims', zhTW: '指控', zhCN: '指控' },
  explore_responses_by: { en: 'Responses by $1', zhTW: '$1 的回應', zhCN: '$1 的回应' },
  explore_timelines_title: { en: 'Timelines', zhTW: '時間軸', zhCN: '时间轴' },
  explore_episode_kicker: { en: 'Episode', zhTW: '事件', zhCN: '事件' },
  explore_in_episode: { en: 'Claims in this episode', zhTW: '此事件中的指控', zhCN: '此事件中的指控' },
  explore_open_episode: { en: 'Episode page', zhTW: '事件頁面', zhCN: '事件页面' },
  explore_open_actor: { en: 'Actor page', zhTW: '行為者頁面', zhCN: '行为者页面' },
  card_more_in_explorer: {
    en: 'All $1 claims in the explorer',
    zhTW: '在資料瀏覽頁查看全部 $1 項指控',
    zhCN: '在数据浏览页查看全部 $1 项指控',
  },
  card_open_explorer: { en: 'Open in the explorer', zhTW: '在資料瀏覽頁開啟', zhCN: '在数据浏览页打开' },
  explore_options_link: { en: 'Explore all data', zhTW: '瀏覽全部資料', zhCN: '浏览全部数据' },

  // ---- Options page -----------------------------------------------------------------------
  options_title: { en: 'Counterclaim options', zhTW: 'Counterclaim 選項', zhCN: 'Counterclaim 选项' },
  options_applies: {
    en: 'Changes apply at once, on open pages too.',
    zhTW: '變更會立即生效，已開啟的頁面也一樣。',
    zhCN: '更改会立即生效，已打开的页面也一样。',
  },
  options_marking_title: { en: 'Marking names', zhTW: '標示名稱', zhCN: '标示名称' },
  options_style_legend: { en: 'Highlight style', zhTW: '標示樣式', zhCN: '标示样式' },
  options_style_underline: { en: 'Underline', zhTW: '底線', zhCN: '下划线' },
  options_style_underline_hint: {
    en: 'a quiet dotted line under each name',
    zhTW: '在名稱下方加上淡淡的虛線',
    zhCN: '在名称下方加上淡淡的虚线',
  },
  options_style_background: { en: 'Background', zhTW: '底色', zhCN: '底色' },
  options_style_background_hint: { en: 'a light tint behind each name', zhTW: '在名稱後方加上淺色底色', zhCN: '在名称后方加上浅色底色' },
  options_style_none: { en: 'None', zhTW: '不標示', zhCN: '不标示' },
  options_style_none_hint: {
    en: 'no marks; cards still open from the keyboard command and the toolbar popup',
    zhTW: '不加標記；仍可從鍵盤指令與工具列彈出視窗開啟卡片',
    zhCN: '不加标记；仍可通过键盘命令和工具栏弹出窗口打开卡片',
  },
  options_open_delay: {
    en: 'Open the card after resting on a name for (ms)',
    zhTW: '滑鼠停在名稱上多久後開啟卡片（毫秒）',
    zhCN: '鼠标停在名称上多久后打开卡片（毫秒）',
  },
  options_close_delay: {
    en: 'Close the card after leaving it for (ms)',
    zhTW: '離開卡片多久後關閉（毫秒）',
    zhCN: '离开卡片多久后关闭（毫秒）',
  },
  options_delay_hint: {
    en: 'From 0 to $1 ms. The defaults (500 and 300) let the pointer pass over names without opening cards.',
    zhTW: '從 0 到 $1 毫秒。預設值（500 與 300）讓滑鼠經過名稱時不會開啟卡片。',
    zhCN: '从 0 到 $1 毫秒。默认值（500 和 300）让鼠标经过名称时不会打开卡片。',
  },
  options_sites_title: { en: 'Where it runs', zhTW: '執行範圍', zhCN: '运行范围' },
  options_pause: { en: 'Pause everywhere', zhTW: '全部暫停', zhCN: '全部暂停' },
  options_pause_hint: {
    en: 'no page is read or marked until you switch this off.',
    zhTW: '在你關閉此項之前，不會讀取或標示任何頁面。',
    zhCN: '在你关闭此项之前，不会读取或标示任何页面。',
  },
  options_disabled_title: { en: 'Sites where Counterclaim is off', zhTW: '已關閉 Counterclaim 的網站', zhCN: '已关闭 Counterclaim 的网站' },
  options_no_disabled: {
    en: 'None. Turn a site off here or from the toolbar popup.',
    zhTW: '無。可在此處或工具列彈出視窗中關閉網站。',
    zhCN: '无。可在此处或工具栏弹出窗口中关闭网站。',
  },
  options_site_remove: { en: 'Remove', zhTW: '移除', zhCN: '移除' },
  options_site_remove_label: {
    en: 'Turn Counterclaim back on for $1',
    zhTW: '在 $1 重新啟用 Counterclaim',
    zhCN: '在 $1 重新启用 Counterclaim',
  },
  options_site_input_label: { en: 'Site to turn off', zhTW: '要關閉的網站', zhCN: '要关闭的网站' },
  options_site_add: { en: 'Turn off for this site', zhTW: '對此網站關閉', zhCN: '对此网站关闭' },
  options_site_error: {
    en: 'Enter a site such as news.example.com, or paste a page address.',
    zhTW: '請輸入網站（例如 news.example.com），或貼上網頁網址。',
    zhCN: '请输入网站（例如 news.example.com），或粘贴网页地址。',
  },
  options_explore_title: { en: 'Explore the data', zhTW: '瀏覽資料', zhCN: '浏览数据' },
  options_explore_text: {
    en: 'Browse every claim, response and source in the data in use, with filters and timelines, in a tab of its own.',
    zhTW: '在獨立分頁中瀏覽目前資料的所有指控、回應與來源，可篩選並查看時間軸。',
    zhCN: '在独立标签页中浏览当前数据的所有指控、回应和来源，可筛选并查看时间轴。',
  },
  options_data_title: { en: 'Data', zhTW: '資料', zhCN: '数据' },
  options_in_use: { en: 'In use:', zhTW: '使用中：', zhCN: '使用中：' },
  options_in_use_bundled: {
    en: 'the bundled dataset, version $1, as of $2.',
    zhTW: '內建資料集，版本 $1，截至 $2。',
    zhCN: '内置数据集，版本 $1，截至 $2。',
  },
  options_in_use_added: {
    en: 'the bundled dataset (version $1, as of $2) with your file “$3” added.',
    zhTW: '內建資料集（版本 $1，截至 $2），並加入你的檔案「$3」。',
    zhCN: '内置数据集（版本 $1，截至 $2），并加入你的文件“$3”。',
  },
  options_in_use_replaced: {
    en: 'only your file “$1” (version $2, as of $3), instead of the bundled dataset.',
    zhTW: '僅使用你的檔案「$1」（版本 $2，截至 $3），取代內建資料集。',
    zhCN: '仅使用你的文件“$1”（版本 $2，截至 $3），取代内置数据集。',
  },
  options_your_file: { en: 'Your file: $1; imported $2.', zhTW: '你的檔案：$1；匯入時間 $2。', zhCN: '你的文件：$1；导入时间 $2。' },
  options_replaced_one: { en: '$1 record replaces a bundled one', zhTW: '$1 筆紀錄取代了內建紀錄', zhCN: '$1 条记录取代了内置记录' },
  options_replaced_other: { en: '$1 records replace bundled ones', zhTW: '$1 筆紀錄取代了內建紀錄', zhCN: '$1 条记录取代了内置记录' },
  options_stale_import: {
    en: 'Your file no longer fits this version’s bundled data, so it is not in use. Fix it and import it again, or remove it:',
    zhTW: '你的檔案已不符合此版本的內建資料，因此未被使用。請修正後重新匯入，或將它移除：',
    zhCN: '你的文件已不符合此版本的内置数据，因此未被使用。请修正后重新导入，或将其移除：',
  },
  options_remove_import: {
    en: 'Remove your file and use the bundled dataset',
    zhTW: '移除你的檔案並使用內建資料集',
    zhCN: '移除你的文件并使用内置数据集',
  },
  options_import_title: { en: 'Import your own dataset', zhTW: '匯入你自己的資料集', zhCN: '导入你自己的数据集' },
  options_import_file: { en: 'Dataset file', zhTW: '資料集檔案', zhCN: '数据集文件' },
  options_import_hint: {
    en: 'JSON in Counterclaim’s dataset schema (the format “Download” below produces), up to $1. It is checked with the same validator as the bundled data; nothing is stored unless the whole file is valid.',
    zhTW: '採用 Counterclaim 資料集結構的 JSON（即下方「下載」產生的格式），最大 $1。檔案會以與內建資料相同的驗證程式檢查；除非整個檔案有效，否則不會儲存任何內容。',
    zhCN: '采用 Counterclaim 数据集结构的 JSON（即下方“下载”生成的格式），最大 $1。文件会用与内置数据相同的验证程序检查；除非整个文件有效，否则不会保存任何内容。',
  },
  options_use_it: { en: 'Use it', zhTW: '使用方式', zhCN: '使用方式' },
  options_mode_add: { en: 'Add to the bundled dataset', zhTW: '加入內建資料集', zhCN: '加入内置数据集' },
  options_mode_add_hint: {
    en: 'records with an id the bundled data already has replace the bundled record; aliases must not clash with another actor’s.',
    zhTW: '編號與內建資料相同的紀錄會取代內建紀錄；別名不得與其他行為者的名稱衝突。',
    zhCN: '编号与内置数据相同的记录会取代内置记录；别名不得与其他行为者的名称冲突。',
  },
  options_mode_replace: { en: 'Replace the bundled dataset', zhTW: '取代內建資料集', zhCN: '取代内置数据集' },
  options_mode_replace_hint: {
    en: 'only your file is used; it must be complete on its own.',
    zhTW: '只使用你的檔案；它本身必須完整。',
    zhCN: '只使用你的文件；它本身必须完整。',
  },
  options_import_button: { en: 'Import', zhTW: '匯入', zhCN: '导入' },
  options_checking: { en: 'Checking the file…', zhTW: '正在檢查檔案…', zhCN: '正在检查文件…' },
  options_imported: {
    en: 'Imported “$1”: $2. Open pages update now.',
    zhTW: '已匯入「$1」：$2。已開啟的頁面會立即更新。',
    zhCN: '已导入“$1”：$2。已打开的页面会立即更新。',
  },
  options_removed: {
    en: 'Your file was removed; the bundled dataset is in use.',
    zhTW: '已移除你的檔案；目前使用內建資料集。',
    zhCN: '已移除你的文件；当前使用内置数据集。',
  },
  options_saved: { en: 'Saved “$1”.', zhTW: '已儲存「$1」。', zhCN: '已保存“$1”。' },
  options_not_imported: {
    en: '“$1” was not imported, and nothing changed. $2 to fix:',
    zhTW: '「$1」未匯入，沒有任何變更。需修正 $2：',
    zhCN: '“$1”未导入，没有任何更改。需修正 $2：',
  },
  options_export_title: { en: 'Export', zhTW: '匯出', zhCN: '导出' },
  options_export_hint: {
    en: 'The data in use, as one JSON file in the same schema; it can be edited and imported again.',
    zhTW: '目前使用的資料，以相同結構存成一個 JSON 檔案；可編輯後再次匯入。',
    zhCN: '当前使用的数据，以相同结构保存为一个 JSON 文件；可编辑后再次导入。',
  },
  options_export_button: { en: 'Download the data in use', zhTW: '下載目前使用的資料', zhCN: '下载当前使用的数据' },
  options_rubric_title: { en: 'How evidence is rated', zhTW: '證據如何評定', zhCN: '证据如何评定' },
  options_rubric_intro: {
    en: 'Each claim carries an evidence status: what is publicly known about the evidence for it, judged by the curators from the sources listed on the card. It is not a verdict on whether the claim is true (“asserted” does not mean false), and a denial does not change it: responses are shown separately.',
    zhTW: '每項指控都有一個證據狀態：由資料整理者依卡片所列來源，判斷其證據的公開程度。它不是對指控真偽的判定（「僅有聲稱」不代表不實），否認也不會改變它：回應會另外列出。',
    zhCN: '每项指控都有一个证据状态：由数据整理者根据卡片所列来源，判断其证据的公开程度。它不是对指控真伪的判定（“仅有声称”不代表不实），否认也不会改变它：回应会另外列出。',
  },
  options_rubric_responses_title: { en: 'Responses', zhTW: '回應', zhCN: '回应' },
  options_rubric_responses: {
    en: 'Every recorded response is shown with who gave it, when, and a verbatim quote from a cited source. Kinds of response: $1. “No response found” means the curators looked and found none in the sources, not that none exists.',
    zhTW: '每則回應都會列出回應者、時間，以及引自來源的原文。回應類型：$1。「查無回應」表示整理者在來源中找不到回應，並不代表不存在回應。',
    zhCN: '每条回应都会列出回应者、时间，以及引自来源的原文。回应类型：$1。“未找到回应”表示整理者在来源中找不到回应，并不代表不存在回应。',
  },
  options_rubric_sources_title: { en: 'Sources', zhTW: '來源', zhCN: '来源' },
  options_rubric_sources: {
    en: 'Every claim, response and assessment cites at least one source, with its publisher, date and kind: $1. Quotes are copied exactly from the source; state media are cited for what a state says, not as confirmation of it. Links open the original in a new tab; Counterclaim itself never goes online.',
    zhTW: '每項指控、回應與評估都至少引用一個來源，並列出發布者、日期與類型：$1。引文完全照錄來源；官方媒體只被引用為國家的說法，而非對其的證實。連結會在新分頁開啟原文；Counterclaim 本身從不連網。',
    zhCN: '每项指控、回应和评估都至少引用一个来源，并列出发布者、日期和类型：$1。引文完全照录来源；官方媒体只被引用为国家的说法，而非对其的证实。链接会在新标签页打开原文；Counterclaim 本身从不联网。',
  },
  options_about_data: {
    en: 'Where the data comes from: each claim, response and evidence note cites its source with a verbatim quote. Group names and many attributions come from public catalogues: MITRE ATT&CK (group pages quoted with MITRE’s permission, notice below) and Microsoft’s threat-actor naming table (CC BY 4.0, © Microsoft).',
    zhTW: '資料來源：每則指控、回應與證據說明都附上來源與原文引述。駭客組織的名稱與許多歸屬來自公開目錄：MITRE ATT&CK（經 MITRE 許可引用其組織頁面，聲明見下）與 Microsoft 的威脅行為者命名表（CC BY 4.0，© Microsoft）。',
    zhCN: '数据来源：每条指控、回应和证据说明都附有来源和原文引述。黑客组织的名称和许多归属来自公开目录：MITRE ATT&CK（经 MITRE 许可引用其组织页面，声明见下）和 Microsoft 的威胁行为者命名表（CC BY 4.0，© Microsoft）。',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type MessageKey = keyof typeof CATALOGUE;

/** The catalogue's languages: `_locales` folder name and the entry's field. */
export const LOCALES = [
  { folder: 'en', field: 'en' },
  { folder: 'zh_TW', field: 'zhTW' },
  { folder: 'zh_CN', field: 'zhCN' },
] as const;

export type LocaleFolder = (typeof LOCALES)[number]['folder'];

interface ChromeMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * One locale's `messages.json`: `$1`…`$9` become named placeholders (`$ARG1$` → `$1`), the form
 * both Chrome and Firefox document, so a translation may reorder them.
 */
export function messagesJson(folder: LocaleFolder): Record<string, ChromeMessage> {
  const locale = LOCALES.find((l) => l.folder === folder);
  if (!locale) throw new Error(`unknown locale ${folder}`);
  const out: Record<string, ChromeMessage> = {};
  for (const [key, entry] of Object.entries(CATALOGUE) as [string, CatalogueEntry][]) {
    const text = entry[locale.field];
    const numbers = [...new Set([...text.matchAll(/\$(\d)/g)].map((m) => m[1] as string))];
    const message: ChromeMessage = { message: text.replace(/\$(\d)/g, '$$ARG$1$$') };
    if (entry.note && folder === 'en') message.description = entry.note;
    if (numbers.length > 0) message.placeholders = Object.fromEntries(numbers.map((n) => [`arg${n}`, { content: `$${n}` }]));
    out[key] = message;
  }
  return out;
}
