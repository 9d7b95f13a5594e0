import { playerAr } from './player/ar.ts';
import { roomAr } from './room/ar.ts';
import { showcaseAr } from './showcase/ar.ts';
import { adminAr } from './admin/ar.ts';
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
  ...showcaseAr,
  ...adminAr,
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
  // Import notes (see tests/unit/importers/notes.test.ts).
  'import.note.hotspots.too-many': 'لا يتسع المشهد لأكثر من 200 نقطة تفاعلية؛ فتُركت النقاط الزائدة.',
  'import.note.cube.failed': 'تعذّر جمع صور المكعب الست في صورة واحدة، لذلك في المشهد صورة مؤقتة لتستبدلها.',
  'import.note.twine.special-passage': 'المقطع «{passage}» كود أو زينة للصفحة في Twine، وليس مكانًا، لذلك تُرك.',
  'import.note.twine.story-script': 'لا يمكن تشغيل كود JavaScript الخاص بالقصة (Story JavaScript) في Storyscape، لذلك تُرك.',
  'import.note.twine.story-style': 'تُرك مظهر القصة الخاص (Story Stylesheet): قصص Storyscape تستخدم مظهر Storyscape.',
  'import.note.twine.link-missing': 'الرابط «{label}» يؤدي إلى «{target}»، لكن لا يوجد مقطع بهذا الاسم. أضف الرابط مرة أخرى في المحرر.',
  'import.note.twine.link-missing-near':
    'الرابط «{label}» يؤدي إلى «{target}»، لكن لا يوجد مقطع بهذا الاسم (يجب أن تتطابق الأسماء تمامًا، حتى الأحرف الكبيرة: هل تقصد «{near}»؟). أضف الرابط مرة أخرى في المحرر.',
  'import.note.twine.macro-dropped': 'تعذّر نقل أمر ماكرو (كود Twine)؛ وبقي النص المقروء حوله.',
  'import.note.twine.macros-dropped': 'تعذّر نقل أوامر ماكرو (كود Twine)، وعددها {count}؛ وبقي النص المقروء حولها.',
  'import.note.twine.markdown-link': '«{text}» يشبه رابطًا مكتوبًا بالشكل [نص](هدف). لا يعامله Twine على أنه رابط، لذلك يبقى نصًا.',
  'import.note.twine.markdown-links': 'هذه تشبه روابط مكتوبة بالشكل [نص](هدف): {text}. لا يعاملها Twine على أنها روابط، لذلك تبقى نصًا.',
  'import.note.twine.placeholders':
    'ليس في مقاطع Twine صور، لذلك في كل مشهد صورة «ضع صورتك بزاوية 360° هنا» عليها اسم المقطع لتستبدلها، ونص المقطع صار نقطة معلومات، وروابطه صارت أسهمًا موزعة في المنظر.',
  'import.note.twine.titles-not-drawn':
    'تعذّر رسم أسماء بعض المقاطع (عددها {count}) على صورها، لذلك تشترك مشاهدها في صورة «ضع صورتك بزاوية 360° هنا» العادية. (أداة سطر الأوامر لا ترسم إلا الأسماء المكتوبة بحروف لاتينية: استورد القصة في تطبيق Storyscape لتُرسم كل الأسماء.)',
  'import.note.twine.ending': 'في القصة مقطع واحد بلا روابط إلى مقاطع أخرى، لذلك صار نهاية.',
  'import.note.twine.endings': 'في القصة مقاطع بلا روابط إلى مقاطع أخرى (عددها {count})، لذلك صارت نهايات.',
  'import.note.twine.macros-info': 'لا يشغّل Storyscape أوامر ماكرو Twine (كودًا مثل (set:) أو <<if>>). استخدم الاختيارات والشروط في Storyscape بدلًا منها.',
  'import.note.twine.no-start': 'لا تذكر القصة من أين تبدأ، لذلك تبدأ من «{start}».',
  'import.note.twine.start-missing': 'مقطع البداية «{wanted}» مفقود، لذلك تبدأ القصة من «{start}».',
  'import.note.marzipano.tiles-joined': 'جُمعت أجزاء صورة هذا المشهد في صورة واحدة بزاوية 360°.',
  'import.note.marzipano.link-missing': 'تُرك رابط إلى «{target}»: لا يوجد في الجولة مشهد بهذا المعرّف.',
  'import.note.marzipano.link-self': 'رابط في هذا المشهد يعيد إلى المشهد نفسه. بقي الرابط؛ تأكد أن هذا ما تريده.',
  'import.note.marzipano.info-html': 'كان لنص «{title}» تنسيق (HTML)؛ وبقي نصًا عاديًا.',
  'import.note.marzipano.tiles-missing-all':
    'لم تكن صور المشاهد (مجلد «tiles») بين ملفاتك، لذلك فيها صور مؤقتة لتستبدلها. اختر المجلد المُصدَّر كله لتُستورد الصور.',
  'import.note.marzipano.tiles-missing-some':
    'بعض صور المشاهد (مجلد «tiles»)، وعددها {count}، لم تكن بين ملفاتك، لذلك فيها صور مؤقتة لتستبدلها. اختر المجلد المُصدَّر كله لتُستورد الصور.',
  'import.note.marzipano.autorotate': 'كانت الجولة تدور من تلقاء نفسها (autorotate)؛ أما مشاهد Storyscape فلا تدور.',
  'import.note.pannellum.picture-unreadable': 'تعذّرت قراءة الصورة «{picture}» على أنها صورة فوتوغرافية، لذلك في المشهد صورة مؤقتة لتستبدلها.',
  'import.note.pannellum.picture-missing':
    'لم تكن الصورة «{picture}» بين الملفات التي اخترتها، لذلك في المشهد صورة مؤقتة لتستبدلها. اختر مجلد الجولة (أو صورها أيضًا) لتُستورد الصورة.',
  'import.note.pannellum.picture-none': 'لا تذكر الجولة صورة لهذا المشهد، لذلك فيه صورة مؤقتة لتستبدلها.',
  'import.note.pannellum.cube-joined': 'هذا المشهد مكعب من ست صور؛ وقد جُمعت في صورة واحدة بزاوية 360°.',
  'import.note.pannellum.cube-missing': 'هذا المشهد مكعب من ست صور، وبعضها (عددها {count}) لم يكن بين ملفاتك، لذلك في المشهد صورة مؤقتة لتستبدلها.',
  'import.note.pannellum.multires':
    'هذا المشهد بانوراما مقسّمة إلى أجزاء من نوع «multires»، ولا يستطيع Storyscape قراءتها. بقي المشهد مع صورة مؤقتة: ضع فيه الصورة الأصلية بزاوية 360° (التي صُنعت منها الأجزاء).',
  'import.note.pannellum.unknown-type': 'في هذا المشهد نوع صورة («{type}») لا يعرفه Storyscape، لذلك فيه صورة مؤقتة.',
  'import.note.pannellum.partial':
    'هذه الصورة لا تدور دورة كاملة (بانوراما جزئية). يمدّ Storyscape كل صورة دورة كاملة، فقد تبدو ممدودة: استخدم صورة كاملة بزاوية 360° إن استطعت.',
  'import.note.pannellum.horizon': 'كانت الجولة تعدّل الأفق المائل؛ أما Storyscape فيعرض الصورة كما هي.',
  'import.note.pannellum.fov':
    'يقيس Pannellum مدى الرؤية من جانب إلى جانب؛ ويقيسه Storyscape من أعلى إلى أسفل. حُوّل التكبير لشاشة 16:9، فقد يبدو مختلفًا قليلًا.',
  'import.note.pannellum.link-missing': 'تُرك رابط إلى المشهد «{target}»: لا يوجد في الجولة مشهد بهذا الاسم.',
  'import.note.pannellum.link-target-view': 'كان الرابط «{link}» يدير المنظر إلى اتجاه محدد عند الوصول. في Storyscape لكل مشهد منظر وصول واحد، فتحقق منه.',
  'import.note.pannellum.unknown-hotspot': 'تُركت نقطة تفاعلية من نوع لا يعرفه Storyscape («{type}»).',
  'import.note.pannellum.hotspot-code': 'كان لنقطة تفاعلية مظهر أو كود خاص بها (cssClass، أو معالج نقر)؛ وهي تستخدم الآن مظهر Storyscape.',
  'import.note.pannellum.start-missing': 'تبدأ الجولة من «{start}»، وهو ليس من مشاهدها؛ لذلك تبدأ القصة من المشهد الأول.',
  'import.note.psv.picture-missing': 'لم تكن الصورة «{picture}» بين ملفاتك (أو ليست صورة فوتوغرافية)، لذلك في المشهد صورة مؤقتة لتستبدلها.',
  'import.note.psv.picture-tiled': 'لهذا المكان صورة مكعبة أو مقسّمة إلى أجزاء، وهي لا تُستورد؛ في المشهد صورة مؤقتة لتستبدلها.',
  'import.note.psv.link-missing': 'تُرك رابط إلى «{target}»: لا يوجد مكان بهذا المعرّف.',
  'import.note.psv.link-no-direction':
    'لم يكن للرابط إلى «{target}» اتجاه (موضع على الخريطة أو GPS)، لذلك وُضع أمام من ينظر: انقله إلى مكانه الصحيح.',
  'import.note.psv.markers-converted': 'صارت العلامات نقاط معلومات، وكلماتها نصًا عاديًا؛ ولم يبقَ مظهرها الخاص (صورة أو HTML أو رسم).',
  'import.note.psv.marker-no-text': 'لم يكن للعلامة «{marker}» نص (لا تلميح ولا محتوى)، فلم يكن هناك ما يُعرض، لذلك تُركت.',
  'import.note.psv.marker-no-position': 'لم يكن للعلامة «{marker}» مكان في الصورة يفهمه Storyscape، لذلك تُركت.',
  'import.note.psv.marker-shape':
    'العلامة «{marker}» شكل مرسوم على الصورة (مضلع أو خط). النقاط التفاعلية في Storyscape نقاط فقط، لذلك تُركت: أضف نقطة معلومات هناك إن احتجت إليها.',
  'import.note.psv.marker-video': 'العلامة «{marker}» فيديو موضوع فوق الصورة. لا يستطيع Storyscape تشغيل الفيديو داخل مشهد، لذلك تُركت.',
  'import.note.psv.marker-layer':
    'العلامة «{marker}» صورة موضوعة مسطّحة على البانوراما. لا يستطيع Storyscape وضع صور على مشهد، لذلك تُركت: ارسمها داخل الصورة بزاوية 360° بدلًا من ذلك.',
};
