import { playerAr } from './player/ar.ts';
import { roomAr } from './room/ar.ts';
import type { MessageKey } from './en.ts';

/**
 * Arabic UI strings: a PARTIAL catalogue. Missing keys fall back to English, one string at a time
 * (see t() in index.ts). Arabic is written right to left: the app sets dir="rtl" from uiDirection().
 * Plurals are avoided by wording ("عدد المشاهد: {count}"), since Arabic plural forms depend on the number.
 * Please have new or changed strings checked by an Arabic-speaking reader before release.
 */
export const ar: Partial<Record<MessageKey, string>> = {
  ...playerAr,
  ...roomAr,
  'app.tagline': 'قصص متفرّعة بزاوية 360° مع الصوت',
  'library.uiLanguage': 'اللغة',
  'library.title': 'قصصك',
  'library.builtIn': 'القصة النموذجية',
  'library.play': 'تشغيل',
  'library.playStory': 'تشغيل «{title}»',
  'library.scenes': 'عدد المشاهد: {count}',
  'library.oneScene': 'مشهد واحد',
  'library.empty': 'لا توجد قصص بعد.',
  'library.intro': 'ادخل إلى أماكن تعني شيئًا للناس، واستمع، واختر إلى أين تذهب بعد ذلك. ابدأ بالقصة النموذجية.',
  'library.new': 'قصة جديدة',
  'library.newTitle': 'قصتي',
  'library.firstSceneTitle': 'المشهد 1',
  'library.open': 'فتح',
  'library.openStory': 'فتح «{title}»',
  'library.cancel': 'إلغاء',
  'library.export': 'تصدير',
  'library.exportStory': 'تصدير «{title}»',
  'library.delete': 'نقل إلى سلة المحذوفات',
  'library.restore': 'استعادة',
  'library.undoDelete': 'تراجع',
  'player.loading': 'جارٍ تحميل القصة…',
  'player.back': 'العودة إلى قصصك',
  'error.title': 'حدث خطأ ما',
  'error.storyNotFound': 'لا توجد هنا قصة باسم «{id}». ربما حُذفت، أو أن الرابط غير صحيح.',
  'error.storyBroken': 'تعذّر فتح هذه القصة:',
  'error.reload': 'أعد تحميل الصفحة',
  'error.crash': 'واجه Storyscape مشكلة غير متوقعة. يُحفظ عملك أولًا بأول؛ أعد تحميل الصفحة للمتابعة.',
  'nav.skip': 'انتقل إلى المحتوى',
  'editor.undo': 'تراجع',
  'editor.redo': 'إعادة',
  'editor.preview': 'معاينة',
  'editor.addScene': 'إضافة مشهد',
  'editor.map': 'خريطة القصة',
  'editor.scene.start': 'البداية',
  'editor.scene.ending': 'النهاية',
  'editor.save.saved': 'تم حفظ كل التغييرات',
  'editor.save.saving': 'جارٍ الحفظ…',
  'problems.title': 'أشياء يجب التحقق منها',
  'problems.show': 'عرض',
};
