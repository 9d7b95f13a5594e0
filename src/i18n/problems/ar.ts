/**
 * Arabic words for problems: a PARTIAL catalogue (see ../ar.ts). A message whose wording, or the
 * wording of a phrase inside it, is missing here is shown whole in English, never half and half.
 * Messages whose subject may be masculine or feminine (a picture or a sound) are left to English
 * where one Arabic sentence cannot agree with both. Please have these checked by an Arabic-speaking
 * reader before release.
 */
export const problemsAr: Readonly<Record<string, string>> = {
  // ---- lint: how things are named ----
  'problem.lint.scene': 'المشهد «{name}»',
  'problem.lint.hotspot': 'النقطة التفاعلية «{label}» في {scene}',
  'problem.lint.hotspot.short': 'النقطة التفاعلية «{label}»',
  'problem.lint.hotspot-unlabelled': '{kind} بلا نص (المعرّف «{id}») في {scene}',
  'problem.lint.hotspot-unlabelled.short': '{kind} بلا نص (المعرّف «{id}»)',
  'problem.lint.kind.goto': 'نقطة الانتقال',
  'problem.lint.kind.info': 'نقطة المعلومات',
  'problem.lint.kind.sound': 'نقطة الصوت',
  'problem.lint.asset.image': 'الصورة «{name}»',
  'problem.lint.asset.audio': 'الصوت «{name}»',
  'problem.lint.use.panorama': 'صورة 360° في {scene}',
  'problem.lint.use.info-picture': 'الصورة في {hotspot}',
  'problem.lint.use.hotspot-sound': 'صوت {hotspot}',
  'problem.lint.use.bed': 'صوت الخلفية في {scene}',
  'problem.lint.use.source': 'صوت موضوع في {scene}',
  'problem.lint.use.narration': 'السرد باللغة {language} في {scene}',
  'problem.lint.field.story-title': 'عنوان القصة',
  'problem.lint.field.story-description': 'وصف القصة',
  'problem.lint.field.scene-title': 'عنوان {scene}',
  'problem.lint.field.scene-description': 'وصف {scene}',
  'problem.lint.field.ending-text': 'نص النهاية في {scene}',
  'problem.lint.field.hotspot-label': 'نص {hotspot}',
  'problem.lint.field.info-title': 'عنوان المعلومات في {hotspot}',
  'problem.lint.field.info-text': 'نص المعلومات في {hotspot}',
  'problem.lint.field.link-text': 'نص الرابط في {hotspot}',
  'problem.lint.field.image-alt': 'وصف {asset}',
  'problem.lint.field.audio-transcript': 'النص المكتوب لـ{asset}',
  'problem.lint.type.number': 'رقم',
  'problem.lint.type.boolean': 'نعم/لا (true أو false)',
  'problem.lint.type.string': 'نص',
  'problem.lint.link-hint.mailto': ' هل تقصد «mailto:{address}»؟',
  'problem.lint.link-hint.https': ' هل تقصد «https://{address}»؟',

  // ---- lint ----
  'problem.lint.story-title-empty': 'ليس للقصة عنوان باللغة {language}. أعطها عنوانًا: يظهر في المكتبة وعند بدء القصة.',
  'problem.lint.scene-title-empty': 'ليس للمشهد {number} («{id}») عنوان باللغة {language}. أعطه عنوانًا قصيرًا، مثل «الجسر القديم».',
  'problem.lint.hotspot-no-label': '{kind} «{id}» في {scene} بلا نص باللغة {language}. أعطها نصًا قصيرًا، مثل «افتح الباب»: يسمعه من يستخدمون قارئات الشاشة.',
  'problem.lint.hotspot-no-label.other-languages':
    '{kind} «{id}» في {scene} بلا نص باللغة {language} (لها نص بلغات أخرى فقط). أعطها نصًا قصيرًا، مثل «افتح الباب»: يسمعه من يستخدمون قارئات الشاشة.',
  'problem.lint.translation-missing': '{field} غير مكتوب باللغة {languages} بعد. أضف الترجمة، أو احذف هذه اللغة من لغات القصة.',
  'problem.lint.translation-missing.many': '{field} غير مكتوب باللغات {languages} بعد. أضف الترجمات، أو احذف هذه اللغات من لغات القصة.',
  'problem.lint.captions-missing': 'الترجمة النصية للسرد في {scene} غير مكتوبة باللغة {languages} بعد. أضف الترجمة النصية، أو احذف هذه اللغة من لغات القصة.',
  'problem.lint.captions-missing.many': 'الترجمة النصية للسرد في {scene} غير مكتوبة باللغات {languages} بعد. أضف الترجمات النصية، أو احذف هذه اللغات من لغات القصة.',
  'problem.lint.duplicate-scene': 'لمشهدين المعرّف نفسه «{id}» ({first} والمشهد {number}). يحتاج كل مشهد إلى معرّف خاص به: غيّر اسم أحدهما.',
  'problem.lint.duplicate-variable': 'لمتغيرين المعرّف نفسه «{id}» («{first}» و«{second}»). غيّر اسم أحدهما.',
  'problem.lint.duplicate-hotspot': 'لنقطتين تفاعليتين المعرّف نفسه «{id}» (في {first} و{second}). تحتاج كل نقطة إلى معرّف خاص بها: غيّر اسم إحداهما.',
  'problem.lint.duplicate-sound': 'لصوتين المعرّف نفسه «{id}» (في {first} و{second}). يحتاج كل صوت إلى معرّف خاص به: غيّر اسم أحدهما.',
  'problem.lint.story-empty': 'لا توجد مشاهد في القصة بعد. أضف مشهدًا أول: منه تبدأ القصة.',
  'problem.lint.start-scene-missing': 'ليس للقصة مشهد بداية. اختر المشهد الذي يبدأ منه القرّاء.',
  'problem.lint.start-scene-not-found': 'مشهد البداية («{id}») غير موجود: ربما حُذف. اختر المشهد الذي يبدأ منه القرّاء.',
  'problem.lint.scene-unreachable':
    'لا يستطيع القرّاء الوصول أبدًا إلى {scene}: لا توجد نقطة انتقال تؤدي إليه من البداية. اربطه بمشهد آخر، أو احذفه إن لم تكن بحاجة إليه.',
  'problem.lint.link-target-missing': '{hotspot} تؤدي إلى مشهد غير موجود («{target}»). اختر لها مشهدًا آخر، أو احذف النقطة.',
  'problem.lint.hotspot-self-link': '{hotspot} تعيد إلى المشهد نفسه، فيبدو أن شيئًا لا يحدث. تأكد أن هذا ما تريده.',
  'problem.lint.dead-end': '{scene} طريق مسدود: ليس فيه نقطة انتقال وليس نهاية، فيعلق القرّاء فيه. أضف نقطة انتقال، أو اجعل المشهد نهاية.',
  'problem.lint.no-ending': 'ليس للقصة نهاية. اجعل مشهدًا واحدًا على الأقل نهاية، ليعرف القرّاء متى أنهوا القصة.',
  'problem.lint.asset-missing.image': '{use} غير موجودة في قائمة وسائط القصة (الملف {file}…). أضف الصورة مرة أخرى، أو اختر صورة أخرى.',
  'problem.lint.asset-missing.audio': '{use} غير موجود في قائمة وسائط القصة (الملف {file}…). أضف الصوت مرة أخرى، أو اختر صوتًا آخر.',
  'problem.lint.panorama-missing': '{scene} بلا صورة 360° بعد. أضف إليه صورة بانورامية أو رسمًا.',
  'problem.lint.panorama-placeholder': 'ما زال {scene} يعرض الصورة المؤقتة من القالب. استبدلها بصورتك أو رسمك بزاوية 360°.',
  'problem.lint.consent-missing.image':
    'تُظهر {asset} أشخاصًا يمكن التعرف عليهم، وموافقتهم غير مسجّلة. اسألهم وسجّل موافقتهم، أو استبدل الصورة أو موّهها قبل مشاركة القصة.',
  'problem.lint.consent-missing.audio': 'يُسمع في {asset} أشخاص يمكن التعرف عليهم، وموافقتهم غير مسجّلة. اسألهم وسجّل موافقتهم، أو استبدل الصوت قبل مشاركة القصة.',
  'problem.lint.image-no-alt': '{asset} ({use}) بلا وصف باللغة {language}. صِف في جملة واحدة ما تُظهره، لمن لا يستطيعون رؤيتها.',
  'problem.lint.audio-no-transcript':
    '{asset} ({use}) بلا نص مكتوب باللغة {language}. اكتب ما يمكن سماعه (كلمات، أو وصفًا مثل «زقزقة العصافير»)، لمن لا يستطيعون سماعه.',
  'problem.lint.narration-no-captions':
    'ليس للسرد باللغة {language} في {scene} ترجمة نصية، فيفوت من لا يستطيعون سماعه ما يُقال. أضف له ترجمة نصية (الكلمات مع أوقاتها).',
  'problem.lint.info-link-invalid':
    'الرابط في {hotspot} («{url}») لن يُفتح أبدًا: تعمل فقط عناوين الويب التي تبدأ بـ https:// أو http:// وعناوين البريد الإلكتروني التي تبدأ بـ mailto:.{hint} صحّح العنوان أو احذف الرابط.',
  'problem.lint.variable-unknown.condition': 'يستخدم شرطٌ في {hotspot} المتغير «{variable}»، وهو غير موجود. أنشئ المتغير، أو اختر متغيرًا آخر.',
  'problem.lint.variable-unknown.effect': 'يستخدم أثرٌ في {hotspot} المتغير «{variable}»، وهو غير موجود. أنشئ المتغير، أو اختر متغيرًا آخر.',
  'problem.lint.variable-type-mismatch.condition':
    'يعامل شرطٌ في {hotspot} المتغير «{name}» على أنه {expected}، لكنه يحتوي على {holds}. غيّر الشرط أو القيمة الأولى للمتغير.',
  'problem.lint.variable-type-mismatch.effect':
    'يعامل أثرٌ في {hotspot} المتغير «{name}» على أنه {expected}، لكنه يحتوي على {holds}. غيّر الأثر أو القيمة الأولى للمتغير.',
  'problem.lint.hotspots-overlap': '{hotspot} تكاد تكون فوق {other}، فقد لا يتمكن القرّاء من اختيارها. حرّك إحداهما قليلًا.',

  // ---- loading a story ----
  'problem.load.too-deep': 'في هذا الملف مستويات متداخلة كثيرة جدًا، فلا يمكن أن يكون قصة.',
  'problem.load.empty': 'هذا الملف فارغ. ملف القصة يحتوي على نص يبدأ بـ «{».',
  'problem.load.broken': 'هذا ليس ملف قصة يمكن قراءته: النص معطوب. ربما قُطع أو عُدّل يدويًا. جرّب الملف الأصلي أو نسخة احتياطية.',
  'problem.load.broken-at':
    'هذا ليس ملف قصة يمكن قراءته: النص معطوب في السطر {line}، العمود {column}. ربما قُطع أو عُدّل يدويًا. جرّب الملف الأصلي أو نسخة احتياطية.',
  'problem.load.version-unknown':
    'لا يذكر هذا الملف صيغة Storyscape التي يستخدمها (الحقل «schemaVersion» مفقود أو ليس عددًا صحيحًا)، فلا يمكن فتحه. هل هو حقًا قصة من Storyscape؟',
  'problem.load.version-future':
    'حُفظت هذه القصة بإصدار أحدث من Storyscape (الصيغة {version}؛ هذا الإصدار يقرأ حتى الصيغة {supported}). حدّث Storyscape ثم افتحها مرة أخرى. لم يتغير شيء.',
  'problem.load.migrated': 'حُدّثت هذه القصة من الصيغة {from} إلى الصيغة {to}.',
  'problem.load.crashed': 'تعذّر على Storyscape قراءة هذه القصة ({detail}). لم يتغير شيء. يُرجى الإبلاغ عن ذلك.',

  // ---- packages ----
  'problem.package.noun.package': 'حزمة قصة',
  'problem.package.noun.backup': 'نسخة احتياطية من Storyscape',
  'problem.package.story-file': 'هذا ملف قصة (story.json)، وليس {archive}. افتحه بالأمر «فتح ملف قصة» بدلًا من ذلك.',
  'problem.package.is-backup': 'هذه نسخة احتياطية من Storyscape (قصص كثيرة)، وليست قصة واحدة. استخدم «استعادة نسخة احتياطية» لفتحها. لم يُستورد شيء.',
  'problem.package.is-package': 'هذه حزمة قصة واحدة، وليست نسخة احتياطية من Storyscape. استخدم «استيراد قصة» لفتحها. لم يُستورد شيء.',
  'problem.package.aborted': 'توقف قبل النهاية، كما طلبت. لم يُستورد شيء.',

  // ---- bringing in tours and stories ----
  'problem.import.no-files': 'لم تُختر أي ملفات.',
  'problem.import.no-scenes': 'لا توجد مشاهد في هذا الملف، فلا يوجد ما يُستورد.',
};
