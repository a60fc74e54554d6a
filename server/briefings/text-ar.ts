/**
 * The briefings in Modern Standard Arabic: the same tables as text.ts, typed as the English ones so
 * that a missing entry fails the build. Numbers keep Western digits (`ar-u-nu-latn`), as the
 * United Nations' Arabic documents print them, so a figure reads the same in every language's
 * briefing and in the analysis tables. Counts are written "label: number", which avoids Arabic's
 * number-noun agreement (dual, 3-10, 11+) in every sentence. A name put into a sentence is wrapped
 * in first-strong isolates (U+2068 ... U+2069), so that a Latin name keeps its own order inside the
 * right-to-left line; the writers honour the isolates (Word and HTML natively, the PDF writer by
 * laying out the isolated span on its own).
 */
import { signOf } from '../contracts/index.js';
import type { BriefingText } from './text.js';

const LOCALE = 'ar-u-nu-latn';
const numbers = new Intl.NumberFormat(LOCALE);
const decimals = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const days = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const n = (value: number) => numbers.format(value);
const decimal = (value: number | null) => (value === null ? '–' : decimals.format(value));
// "42%" without the bidi marks Intl adds around the sign: the writers order the digits themselves.
const percent = (share: number | null) => (share === null ? '–' : `${n(Math.round(share * 100))}%`);
const date = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? days.format(new Date(`${iso}T00:00:00Z`)) : iso);
/** A name or value inside an Arabic sentence, isolated so its own direction holds. */
const iso = (text: string) => `\u2068${text}\u2069`;
/** A signed number, isolated left to right (U+2066 ... U+2069): its sign stays before its digits. */
const ltr = (text: string) => `\u2066${text}\u2069`;
/** A change as a signed number: the true minus sign every language's briefing writes (signOf), isolated left to right. */
const signed = (moved: number, digits: string) => ltr(`${signOf(moved)}${digits}`);

export const ARABIC_TEXT: BriefingText = {
  common: {
    map: 'الخريطة',
    date: 'التاريخ',
    madeBy: 'أعدّه',
    profile: 'ملف الحجب',
    marking: 'درجة الحساسية',
    markingLine: (level) => `الحساسية: ${level}`,
    profiles: {
      full: 'كامل (كل ما يحق للمُعِدّ الاطلاع عليه)',
      internal: 'داخلي (الجهات الأعلى من المستوى الداخلي بأسماء مستعارة، مع حذف النصوص الحرة)',
      shareable: 'قابل للمشاركة (السجلات العامة فقط، مع حذف النصوص الحرة)',
    },
    page: (page, of) => `الصفحة ${n(page)} من ${n(of)}`,
    generatedBy: 'أُعِدّت بواسطة Actor Map من السجلات التي يحق لمُعِدّها الاطلاع عليها.',
    none: 'لا يوجد.',
    withheld: '(محجوب)',
    yes: 'نعم',
    no: 'لا',
    percent,
    number: n,
    decimal,
    day: date,
    list: (items) => items.join('، '),
    label: (label) => `${label}:`,
    pictureNote: 'رُسمت على الخادم من السجلات نفسها التي بُنيت عليها هذه الإحاطة.',
  },
  coordination: {
    title: 'إحاطة بشأن التنسيق',
    summary: 'الملخص',
    summaryLine: (outputs, areas, totalAreas) =>
      `عدد النواتج: ${n(outputs)}، في مناطق إدارية ضمن النطاق عددها ${n(areas)} (من أصل ${n(totalAreas)} في الخريطة).`,
    counts: (gaps, overlaps, fragile, duplications) =>
      `الثغرات: ${n(gaps)}، التداخلات: ${n(overlaps)}، الخانات الهشة: ${n(fragile)}، حالات التمويل المزدوج: ${n(duplications)}.`,
    gaps: 'الثغرات: لا جهة رائدة في المنطقة',
    overlaps: 'التداخلات: ثلاث جهات أو أكثر من الأمم المتحدة أو المانحين دون آلية مشتركة',
    fragile: 'الخانات الهشة: جهة واحدة تحمل الناتج وحدها',
    duplications: 'التمويل المزدوج',
    byArea: 'النواتج حسب المنطقة',
    cellColumns: ['الناتج', 'المنطقة', 'الجهات الرائدة', 'الجهات الداعمة'],
    areaColumns: ['الناتج', 'مناطق بجهة رائدة', 'الثغرات', 'التداخلات', 'الهشة'],
    duplicationColumns: ['الناتج', 'الجهة المستفيدة', 'الجهات المموّلة', 'منسَّق'],
    matrix: 'مصفوفة النواتج والجهات',
    matrixCaption: 'النواتج (صفوف) حسب الجهات (أعمدة): L رائدة، S داعمة، في منطقة واحدة على الأقل؛ l، s: دور عام فقط.',
    roles: 'الجهات حسب الدور',
    roleColumns: ['الناتج', 'الجهات الرائدة', 'الجهات الداعمة'],
    mechanisms: 'آليات التنسيق',
    mechanismColumns: ['الآلية', 'النوع', 'النواتج', 'الأعضاء'],
    // The matrix picture keeps the Latin letters its caption explains: one letter per cell, no shaping.
    lead: 'L',
    support: 'S',
    globalLead: 'l',
    globalSupport: 's',
  },
  engagement: {
    title: 'إحاطة بشأن التواصل',
    period: 'الفترة',
    allTime: 'جميع أنشطة التواصل المسجلة',
    periodLine: (from, to) => `من ${from ? iso(date(from)) : 'أول نشاط تواصل'} إلى ${to ? iso(date(to)) : 'آخر نشاط تواصل'}`,
    summary: 'الملخص',
    summaryLine: (engagements, participations) =>
      `أنشطة التواصل: ${n(engagements)}، المشاركات: ${n(participations)} (الجهة التي حضرت ثلاثة اجتماعات تُحسب ثلاث مرات).`,
    concentration: (capitalShare, gini) =>
      `حصة العاصمة: ${percent(capitalShare)}. التوزيع على المناطق (مؤشر جيني، 0 = متساوٍ): ${decimal(gini)}.`,
    byArea: 'حسب المنطقة',
    areaColumns: ['المنطقة', 'العاصمة', 'أنشطة التواصل', 'المشاركات', 'الحصة'],
    bySide: 'حسب الطرف: ميل المشاركين نحو كل طرف',
    sideColumns: ['الطرف', 'المشاركات', 'الحصة'],
    nonAligned: (count) => `مشاركات جهات لا ميل واضحًا لها: ${n(count)}.`,
    balanceIndex: (index) => `التوازن بين الأطراف (1 = متساوٍ، 0 = الكل نحو طرف واحد): ${decimal(index)}.`,
    bySubtype: 'حسب فئة المجتمع المدني',
    subtypeColumns: ['الفئة', 'أنشطة التواصل', 'المشاركات'],
    womenYouth: 'النساء والشباب',
    women: (mechanism, participations) =>
      `النساء: أنشطة تواصل عبر آلية نسائية: ${n(mechanism)}؛ مشاركات منظمات معنية بالنساء: ${n(participations)}.`,
    youth: (mechanism, participations) =>
      `الشباب: أنشطة تواصل عبر آلية شبابية: ${n(mechanism)}؛ مشاركات منظمات معنية بالشباب: ${n(participations)}.`,
    neverEngaged: 'جهات مجتمع مدني مؤثرة لم يجرِ التواصل معها قط',
    neverColumns: ['المنظمة', 'الفئة', 'التأثير'],
    picture: 'الشبكة، مع إبراز الجهات التي جرى التواصل معها',
    pictureCaption: 'الجهات والروابط؛ الدوائر المصمتة شاركت في نشاط تواصل خلال الفترة.',
  },
  actor: {
    title: 'إحاطة بشأن جهة فاعلة',
    about: 'التعريف',
    aboutColumns: ['الحقل', 'القيمة'],
    fields: {
      name: 'الاسم',
      originalName: 'الاسم بالكتابة الأصلية',
      acronym: 'الاسم المختصر',
      kind: 'النوع',
      subtype: 'الفئة',
      basedIn: 'المقر',
      activeIn: 'مناطق النشاط',
      description: 'الوصف',
    },
    position: 'الموقف',
    positionColumns: ['التأثير (1-5)', 'الاهتمام (1-5)', 'الموقف (-2 إلى 2)', 'دور «عدم الإضرار»'],
    lean: (party, strength) => `تميل نحو ${iso(party)} (${strength}).`,
    strengths: { strong: 'قوي', moderate: 'متوسط', weak: 'ضعيف' },
    noLean: 'لا ميل نحو أي طرف في حدود ثلاث خطوات.',
    ties: 'الروابط',
    tieColumns: ['الرابط', 'مع', 'القوة', 'الموثوقية'],
    tieCount: (count) => `عدد الروابط: ${n(count)}.`,
    check: 'فحص «عدم الإضرار»',
    decisions: {
      engage: 'التواصل.',
      engage_with_care: 'التواصل بحذر.',
      do_not_engage_yet: 'عدم التواصل في الوقت الحالي.',
    },
    directParties: 'الأطراف المرتبطة مباشرة',
    twoStepParties: 'الأطراف على بعد خطوتين',
    dividers: 'عوامل الانقسام على هذه المسارات أو المرتبطة بالجهة',
    reasons: 'الأسباب',
    balance: (now, then) => `توازن التواصل بين الأطراف: حاليًا ${decimal(now)}، وفي حال التواصل ${decimal(then)} (1 = متساوٍ).`,
    engagements: 'أنشطة التواصل الأخيرة',
    engagementColumns: ['التاريخ', 'الشكل', 'المنطقة', 'المشاركون'],
    picture: 'شبكتها',
    pictureCaption: 'الجهة والجهات المرتبطة بها.',
  },
  change: {
    title: 'موجز التغييرات',
    from: 'من',
    to: 'إلى',
    endLine: (round, at) => (round ? `${iso(round)} (${iso(at)})` : iso(at)),
    named: 'التغييرات المهمة',
    newConflictPartyTies: 'روابط جديدة بطرف في النزاع',
    newConflictPartyTie: (actor, party, type) => `${iso(actor)}: رابط جديد بـ ${iso(party)} (${type}).`,
    stanceShifts: 'تحولات الموقف',
    stanceShift: (actor, before, after) => `${iso(actor)}: الموقف ${iso(before)} ← ${iso(after)}.`,
    doNoHarmShifts: 'تحولات دور «عدم الإضرار»',
    doNoHarmShift: (actor, before, after) => `${iso(actor)}: ${before} ← ${after}.`,
    influenceMoves: 'تحركات التأثير (الترتيب حسب PageRank، 1 = الأكثر مركزية)',
    influenceMove: (actor, before, after) => `${iso(actor)}: الترتيب ${n(before)} ← ${n(after)}.`,
    counts: 'التغييرات بالأرقام',
    countColumns: ['السجلات', 'المضافة', 'المحذوفة', 'المعدّلة'],
    actors: 'الجهات',
    ties: 'الروابط',
    added: (what) => `${what} المضافة`,
    removed: (what) => `${what} المحذوفة`,
    changed: (what) => `${what} المعدّلة`,
    actorColumns: ['الجهة', 'النوع'],
    tieColumns: ['الرابط', 'بين', 'و'],
    changeColumns: ['السجل', 'الحقل', 'قبل', 'بعد'],
    withheldValue: '(محجوب في هذا الملف)',
    empty: '–',
    further: 'تغييرات أخرى',
    coordination: 'التنسيق والتواصل',
    roles: 'أدوار القيادة والدعم',
    roleColumns: ['التغيير', 'الجهة', 'الدور', 'الناتج', 'المنطقة الإدارية'],
    engagements: 'أنشطة التواصل',
    engagementColumns: ['التغيير', 'التاريخ', 'المنطقة الإدارية'],
    gaps: 'ثغرات التنسيق',
    gapColumns: ['التغيير', 'الناتج', 'المنطقة الإدارية'],
    share: 'توزيع أنشطة التواصل',
    shareByArea: 'حسب المنطقة الإدارية',
    shareBySide: 'حسب الطرف (ميل المشاركين نحو كل طرف)',
    shareColumns: (first) => [first, 'قبل', 'بعد', 'التغيّر'],
    areaColumn: 'المنطقة الإدارية',
    sideColumn: 'الطرف',
    marks: { added: 'إضافة', removed: 'حذف', changed: 'تعديل', opened: 'مستجدة', closed: 'مسدودة' },
    noChange: 'لا يوجد تغيير.',
    // A right-to-left mark first: the line holds only isolated names and the arrow, so it would
    // otherwise be laid out left to right and read backwards.
    move: (before, after) => `\u200f${iso(before)} ← ${iso(after)}`,
    wholeCountry: 'البلد بأكمله',
    capital: (area) => `${iso(area)} (العاصمة)`,
    engagementCount: 'أنشطة التواصل',
    nonAligned: 'ميل منعدم أو ضعيف',
    balanceIndex: 'مؤشر التوازن (1 = متساوٍ)',
    points: (moved) =>
      `\u200f${signed(moved, new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(moved)))} نقطة مئوية`,
    signed: (moved) => signed(moved, n(Math.abs(moved))),
    pseudonym: (hash) => `جهة ${iso(hash)}`,
    summary: (actors, ties) =>
      `الجهات: مضافة ${n(actors[0])}، محذوفة ${n(actors[1])}، معدّلة ${n(actors[2])}. ` +
      `الروابط: مضافة ${n(ties[0])}، محذوفة ${n(ties[1])}، معدّلة ${n(ties[2])}.`,
    fields: {
      stance: 'الموقف',
      doNoHarmRole: 'دور «عدم الإضرار»',
      influence: 'التأثير',
      interest: 'الاهتمام',
      sensitivity: 'الحساسية',
      basedIn: 'المقر',
      activeIn: 'مناطق النشاط',
      strength: 'القوة',
      confidence: 'الموثوقية',
    },
  },
};
