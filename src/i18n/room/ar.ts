import type { roomEn } from './en.ts';

/**
 * Arabic strings of the room hub's browser side: PARTIAL (the rest falls back to English, one
 * string at a time). Plurals are avoided by wording ("العدد: {count}"). Please have them checked
 * by an Arabic-speaking reader before release.
 */
export const roomAr: Partial<Record<keyof typeof roomEn, string>> = {
  'room.backToLibrary': 'العودة إلى المكتبة',
  'room.close': 'إغلاق',
  'room.join.title': 'انضم إلى هذه الغرفة',
  'room.join.titleNamed': 'انضم إلى «{name}»',
  'room.join.codeLabel': 'رمز الانضمام',
  'room.join.codeHint': 'ستة أحرف وأرقام على الشاشة الكبيرة (مثل ABC-DEF).',
  'room.join.submit': 'انضم',
  'room.join.joining': 'جارٍ الانضمام…',
  'room.join.empty': 'اكتب الرمز الظاهر على الشاشة الكبيرة أولًا.',
  'room.join.wrongCode': 'هذا الرمز غير صحيح. تحقّق من الرمز على الشاشة الكبيرة وحاول مرة أخرى.',
  'room.join.codeIs': 'رمز الانضمام:',
  'room.join.noSessionYet': 'لم تبدأ أي جلسة بعد. يبدأ الميسّر الجلسة على حاسوب الخادم.',
  'room.library.title': 'في هذه الغرفة',
  'room.library.onThisLaptop': 'على هذا الحاسوب',
  'room.page.facilitator': 'صفحة الميسّر',
  'room.login.passphrase': 'عبارة المرور',
  'room.login.wrong': 'عبارة المرور هذه غير صحيحة. تحقّق منها وحاول مرة أخرى.',
  'room.add.pick': 'اختر صورًا أو أصواتًا',
  'room.add.done': 'تم الإرسال. سيضيفها الحاسوب إلى القصة.',
  'room.add.retry': 'حاول مرة أخرى',
  'room.error.unreachable': 'لم يستجب خادم الغرفة. تأكّد من أن هذا الجهاز متصل بشبكة الغرفة وأن حاسوب الخادم يعمل، ثم حاول مرة أخرى.',
  'room.save.sent': 'حُفظت في الغرفة',
  'room.save.sending': 'جارٍ الإرسال…',
  'room.save.waiting': 'حُفظت على هذا الحاسوب — ستُرسل عند عودة الغرفة',
  'room.save.notJoined': 'حُفظت على هذا الحاسوب — انضم إلى الغرفة لإرسالها',
  'room.keptBoth': 'غيّر شخص آخر هذه القصة في الوقت نفسه. احتفظنا بتغييراتك باسم «{title}».',
  'room.phone.button': 'أضف صورًا من هاتف',
  'room.phone.title': 'أضف صورًا من هاتف',
  'room.inbox.photo': 'وصلت صورة من هاتف',
  'room.inbox.sound': 'وصل صوت من هاتف',
};
