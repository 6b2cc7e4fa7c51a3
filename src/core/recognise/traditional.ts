// Traditional → simplified characters for the vocabulary of 绩效自评表 labels and headers only
// (published copies are sometimes converted: 績效指標, 實際完成值, 總分). Not a general converter.

const PAIRS =
  '績绩標标實实際际權权數数預预執执項项總总體体門门單单稱称計计質质級级產产滿满會会經经濟济態态' +
  '響响續续說说備备註注進进調调評评價价準准則则係系聯联繫系話话電电報报資资額额財财政政撥拨當当' +
  '結结轉转餘余無无務务對对時时應应與与規规須须監监測测據据確确種种類类專专屬属為为於于個个達达' +
  '範范圍围長长這这環环發发員员負负責责編编號号設设綜综參参較较顯显現现狀状區区縣县鄉乡鎮镇農农' +
  '業业學学護护養养醫医療疗衛卫蓋盖來来歸归檔档極极優优況况間间題题據据劃划標标值值幹干價价覽览' +
  '綫线線线總总計计補补貼贴濟济點点別别錄录實实際际況况結结論论審审核核簽签章章職职稱称數数額额' +
  '級级礎础並并細细節节傳传統统導导營营運运輸输費费檢检驗验驗验處处織织總总從从開开關关問问見见' +
  '實实質质幣币億亿萬万圓圆訂订購购標标滯滞後后決决執执選选優优則则屆届組组維维護护導导紀纪錄录' +
  '產产條条件件屬属類类風风險险響响應应備备註注認认識识讀读寫写聽听說说願愿覺觉觀观華华鄰邻獲获';

const MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = Array.from(PAIRS);
  for (let i = 0; i + 1 < chars.length; i += 2) {
    if (chars[i] !== chars[i + 1]) map.set(chars[i], chars[i + 1]);
  }
  return map;
})();

/** Simplified form of one character (itself when not in the vocabulary map). */
export function simplifiedChar(ch: string): string {
  return MAP.get(ch) ?? ch;
}

/** True when the text holds a traditional character of the map (a converted copy). */
export function hasTraditional(text: string): boolean {
  for (const ch of text) if (MAP.has(ch)) return true;
  return false;
}
