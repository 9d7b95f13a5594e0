import type { adminEn } from './en.ts';

/**
 * Arabic strings of the service admin page: PARTIAL (the rest falls back to English, one string at
 * a time). Plurals are avoided by wording ("العدد: {count}"). Please have them checked by an
 * Arabic-speaking reader before release.
 */
export const adminAr: Partial<Record<keyof typeof adminEn, string>> = {
  'admin.title': 'إدارة خدمة المكتبة',
  'admin.loading': 'جارٍ التحميل…',
  'admin.login.title': 'تسجيل الدخول كمسؤول',
  'admin.login.passphrase': 'عبارة مرور المسؤول',
  'admin.login.submit': 'تسجيل الدخول',
  'admin.login.wrong': 'هذه ليست عبارة مرور المسؤول. تحقّق منها وحاول مرة أخرى.',
  'admin.logout': 'تسجيل الخروج',
  'admin.rooms.title': 'الجلسات',
  'admin.rooms.name': 'الجلسة',
  'admin.rooms.code': 'رمز الانضمام',
  'admin.rooms.status': 'الحالة',
  'admin.rooms.stories': 'القصص',
  'admin.rooms.devices': 'الأجهزة',
  'admin.rooms.keep': 'الاحتفاظ',
  'admin.rooms.actions': 'الإجراءات',
  'admin.rooms.export': 'تصدير',
  'admin.rooms.end': 'إنهاء…',
  'admin.start.title': 'ابدأ جلسة جديدة',
  'admin.start.submit': 'ابدأ الجلسة',
  'admin.end.confirm': 'إنهاء الجلسة',
  'admin.collection.title': 'المجموعة',
  'admin.collection.download': 'تنزيل المجموعة كاملة',
  'admin.collection.records': 'تنزيل سجلات الموافقة (جدول بيانات)',
  'admin.collection.edit': 'تعديل…',
  'admin.collection.remove': 'إزالة من المجموعة',
  'admin.form.title': 'العنوان',
  'admin.form.place': 'المكان',
  'admin.form.language': 'لغة القصة',
  'admin.form.consentBy': 'الموافقة من',
  'admin.form.consentAt': 'تاريخ الموافقة',
  'admin.form.note': 'ملاحظة (اختيارية)',
  'admin.form.save': 'حفظ',
  'admin.form.cancel': 'إلغاء',
  'admin.retention.title': 'حذف الصور والأصوات القديمة',
  'admin.retention.off': 'الآن: متوقف. لا يُحذف شيء تلقائيًا.',
  'admin.retention.save': 'حفظ',
  'admin.retention.saved': 'تم الحفظ.',
  'admin.retention.run': 'نظّف الآن',
};
