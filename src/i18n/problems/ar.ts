/**
 * Arabic words for problems and import errors: `problem.<key>` for each key of the model's English
 * words, like problems/nb.ts. A complete catalogue: tests/unit/problem-words.test.ts fails when a key
 * or a {parameter} is missing here. Modern Standard Arabic, short and friendly.
 *
 * Some parameters name a picture (feminine) or a sound (masculine): {asset}, {use}, {what}. So that
 * one sentence is right for both, those sentences do not make a verb or an adjective agree with them:
 * they say "the file of {what}", "could not find {what}", or put the parameter after a colon.
 * `{^name}` (a capital letter in English) means nothing in Arabic, so it is written `{name}` here.
 * Please have new or changed wordings checked by an Arabic-speaking reader before release.
 */
export const problemsAr: Readonly<Record<string, string>> = {
  // ---- lint: how things are named ----
  'problem.lint.scene': 'المشهد «{name}»',
  'problem.lint.hotspot': 'النقطة التفاعلية «{label}» في {scene}',
  'problem.lint.hotspot.short': 'النقطة التفاعلية «{label}»',
  'problem.lint.hotspot-unlabelled': '{kind} بلا نص (المعرّف «{id}») في {scene}',
  'problem.lint.hotspot-unlabelled.short': '{kind} بلا نص (المعرّف «{id}»)',
  'problem.lint.field.question-prompt': 'السؤال في {hotspot}',
  'problem.lint.field.answer-text': 'الإجابة {number} في {hotspot}',
  'problem.lint.field.answer-feedback': 'التعليق على الإجابة {number} في {hotspot}',
  'problem.lint.field.checkpoint-message': 'الرسالة التي تعرضها {hotspot} وهي مغلقة',
  'problem.lint.field.ending-score': 'جملة النتيجة في {scene}',
  'problem.lint.use.question-sound': 'السؤال المسجَّل في {hotspot}',
  'problem.lint.use.answer-picture': 'صورة الإجابة {number} في {hotspot}',
  'problem.lint.use.answer-sound': 'الكلمة المسجَّلة للإجابة {number} في {hotspot}',
  'problem.lint.question-no-right': 'لا توجد إجابة في {hotspot} معلَّمة بأنها صحيحة، فلا يستطيع أحد أن يجيب إجابة صحيحة. علِّم «إجابة صحيحة» على إجابة واحدة على الأقل.',
  'problem.lint.answer-empty': 'الإجابة {number} في {hotspot} ليس فيها كلمات ولا صورة. اكتب الإجابة، أو احذفها.',
  'problem.lint.checkpoint-never-opens': 'لا يمكن أن يُفتح {hotspot} أبدًا: لا شيء في القصة يستطيع تغيير «{name}» بما يكفي لشرطه. غيِّر الشرط، أو اجعل الأسئلة أو الاختيارات تغيّر «{name}».',
  'problem.lint.kind.goto': 'نقطة الانتقال',
  'problem.lint.kind.info': 'نقطة المعلومات',
  'problem.lint.kind.sound': 'نقطة الصوت',
  'problem.lint.kind.question': 'نقطة السؤال',
  'problem.lint.asset.image': 'الصورة «{name}»',
  'problem.lint.asset.audio': 'الصوت «{name}»',
  'problem.lint.asset.video': 'الفيديو «{name}»',
  'problem.lint.use.panorama': 'الصورة البانورامية (360°) في {scene}',
  'problem.lint.use.video': 'الفيديو في {scene}',
  'problem.lint.use.info-picture': 'الصورة في {hotspot}',
  'problem.lint.use.hotspot-sound': 'صوت {hotspot}',
  'problem.lint.use.bed': 'صوت الخلفية في {scene}',
  'problem.lint.use.source': 'صوت موضعي في {scene}',
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
  'problem.lint.field.audio-transcript': 'النص المكتوب لمحتوى {asset}',
  'problem.lint.field.video-transcript': 'الترجمة النصية لـ{asset}',
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
  'problem.lint.video-no-captions':
    'يتكلم أشخاص في {asset} ({use})، وليس له ترجمة نصية باللغة {language}. اكتب ما يُقال، لمن لا يستطيعون السماع.',
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

  'problem.lint.asset-wrong-kind.image': '{use}: الملف المستخدم هنا هو {asset}، لكن المطلوب صورة. اختر صورة بدلًا منه.',
  'problem.lint.asset-wrong-kind.audio': '{use}: الملف المستخدم هنا هو {asset}، لكن المطلوب صوت. اختر صوتًا بدلًا منه.',
  'problem.lint.asset-missing.video': '{use} غير موجود في قائمة وسائط القصة (الملف {file}…). أضف الفيديو مرة أخرى، أو اختر فيديو آخر.',
  'problem.lint.asset-wrong-kind.video': '{use}: الملف المستخدم هنا هو {asset}، لكن المطلوب فيديو. اختر فيديو بدلًا منه.',
  'problem.lint.video-end-missing': 'عندما ينتهي الفيديو في {scene} يُفترض أن ينتقل القرّاء إلى مشهد غير موجود («{target}»). اختر مشهدًا آخر، أو اجعل الفيديو يتكرر.',
  'problem.lint.video-too-large.pixels':
    '{asset} بحجم {width}×{height} بكسل: معظم الهواتف لا تشغّل فيديو أعرض من {limit} بكسل، فتعرض الصورة الثابتة فقط. صدّره مرة أخرى بحجم {limit}×{half} (4K) أو أصغر.',
  'problem.lint.video-too-large.bytes':
    '{asset} حجمه {megabytes} ميغابايت: على بيانات الهاتف يتأخر في البدء ويستهلك الباقة. اجعله أقصر أو صدّره بجودة أقل (أقل من {limit} ميغابايت).',
  'problem.lint.hotspot-time.no-video': '{hotspot} له نافذة زمنية، لكن {scene} بلا فيديو، فيظهر دائمًا. احذف النافذة الزمنية، أو أضف فيديو إلى المشهد.',
  'problem.lint.hotspot-time.empty': 'يُفترض أن يظهر {hotspot} من {from} إلى {to}: هذا ليس وقتًا على الإطلاق، فلن يراه القرّاء أبدًا. اجعل النهاية بعد البداية.',
  'problem.lint.hotspot-time.after-end': 'يُفترض أن يظهر {hotspot} عند {from}، لكن طول الفيديو {length} فقط، فلن يراه القرّاء أبدًا. اختر وقتًا أبكر.',
  'problem.lint.asset-unused': '{asset} ضمن وسائط القصة، لكن هذا الملف غير مستخدم في أي مكان. استخدمه في مشهد، أو احذفه لتصغير حجم القصة.',
  'problem.lint.credit-missing':
    'لا تذكر القصة مَن صنع {asset}، ولا من أين جاء هذا الملف. أضف ذكرًا للمصدر، ليُشكر أصحابه وتستطيع أن تُثبت أنه يحق لك استخدامه.',

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

  'problem.load.too-large': 'هذا الملف أكبر من أن يكون قصة ({size} ميغابايت من النص؛ لا تزيد القصة على {limit} ميغابايت، وتُحفظ الصور والأصوات خارجها).',
  'problem.load.file-too-large': 'هذا الملف أكبر من أن يكون قصة ({size} ميغابايت؛ لا تزيد القصة على {limit} ميغابايت، وتُحفظ الصور والأصوات خارجها).',
  'problem.load.not-text': 'هذا الملف ليس نصًا: ربما هو صورة، أو ملف zip، أو ملف تالف. ملف القصة نص بصيغة JSON (UTF-8).',
  'problem.load.not-a-story': 'هذه ليست قصة: ملف القصة فيه مجموعة حقول بين { }، لكن هذا الملف فيه {value}.',
  'problem.load.holds.list': 'قائمة',
  'problem.load.holds.nothing': 'قيمة فارغة (null)',
  'problem.load.holds.number': 'رقم',
  'problem.load.holds.string': 'نص',
  'problem.load.holds.boolean': 'قيمة منطقية (true أو false)',
  'problem.load.holds.other': 'قيمة من النوع {type}',
  'problem.load.migration-missing': 'لا يعرف Storyscape كيف يحدّث قصة من الصيغة {version}. يُرجى الإبلاغ عن ذلك.',
  'problem.load.migration-failed': 'فشل تحديث هذه القصة من الصيغة {from} إلى الصيغة {to} ({detail}). لم يتغير الملف.',

  // ---- repairs made while loading ----
  'problem.repair.languages-missing': 'كانت قائمة لغات القصة مفقودة؛ فصارت «{language}».',
  'problem.repair.main-language-added': 'أُضيفت اللغة الافتراضية «{language}» إلى لغات القصة.',
  'problem.repair.main-language-missing': 'كانت اللغة الرئيسية للقصة مفقودة؛ فصارت «{language}».',
  'problem.repair.text-language': 'عُلِّم النص في {path} على أنه باللغة «{language}».',
  'problem.repair.angle': 'تغيّر {field} من {from} إلى {to} (كان خارج المدى المسموح به).',
  'problem.repair.id-twice': 'استُخدم معرّف مرتين («{id}»)؛ فأُعطي المعرّف الجديد «{to}».',
  'problem.repair.id-invalid': 'كان أحد المعرّفات مفقودًا أو غير صالح؛ فأُعطي المعرّف الجديد «{to}».',
  'problem.repair.asset-id': 'كُتب معرّف أحد ملفات الوسائط بأحرف صغيرة.',
  'problem.repair.start-renamed': 'تغيّر معرّف مشهد البداية من «{from}» إلى «{to}»؛ والبداية تتبعه.',
  'problem.repair.link-renamed': 'صار الرابط إلى المشهد «{from}» يستخدم معرّفه الجديد «{to}».',
  'problem.repair.volume': 'مستوى الصوت {from} خارج المدى 0–1؛ فصار {to}.',
  'problem.repair.caption-time': 'كانت إحدى الترجمات النصية تنتهي قبل أن تبدأ؛ فصارت مدتها ثانيتين.',
  'problem.repair.start': 'لم يكن للقصة مشهد بداية؛ فصارت تبدأ من المشهد الأول («{id}»).',

  // ---- what the story's fields should hold ----
  'problem.schema.story': 'القصة',
  'problem.schema.path': '{head} › {rest}',
  'problem.schema.path-field': '{field}',
  'problem.schema.item': '{name} {number}',
  'problem.schema.item-id': '{name} {number} («{id}»)',
  'problem.schema.name.scenes': 'المشهد',
  'problem.schema.name.hotspots': 'النقطة التفاعلية',
  'problem.schema.name.assets': 'ملف الوسائط',
  'problem.schema.name.beds': 'صوت الخلفية',
  'problem.schema.name.sources': 'الصوت الموضعي',
  'problem.schema.name.captions': 'الترجمة النصية',
  'problem.schema.name.variables': 'المتغير',
  'problem.schema.name.authors': 'المؤلف',
  'problem.schema.name.conditions': 'الشرط',
  'problem.schema.name.effects': 'الأثر',
  'problem.schema.name.languages': 'اللغة',
  'problem.schema.value.missing': 'مفقودة',
  'problem.schema.value.null': 'فارغة (null)',
  'problem.schema.value.list': 'قائمة',
  'problem.schema.value.nan': 'ليست عددًا',
  'problem.schema.value.number': 'العدد {value}',
  'problem.schema.value.long-text': 'نص طويل',
  'problem.schema.value.text': 'النص «{value}»',
  'problem.schema.value.boolean': '«{value}»',
  'problem.schema.value.other': 'من النوع {type}',
  'problem.schema.expected.string': 'نصًا',
  'problem.schema.expected.number': 'عددًا',
  'problem.schema.expected.boolean': 'true أو false',
  'problem.schema.expected.object': 'مجموعة حقول',
  'problem.schema.expected.array': 'قائمة',
  'problem.schema.expected.record': 'نصًا بلغة واحدة أو أكثر، مثل {"ar": "..."}',
  'problem.schema.missing': '{where}: هذا الحقل مفقود. يجب أن يكون {expected}.',
  'problem.schema.wrong-type': '{where}: يجب أن تكون القيمة {expected}، لكنها {value}.',
  'problem.schema.too-few': '{where}: يجب ألّا يقل عدد العناصر عن {minimum}.',
  'problem.schema.empty': '{where}: لا يمكن ترك هذا فارغًا.',
  'problem.schema.too-small': '{where}: القيمة هنا {value}، لكن يجب ألّا تقل عن {minimum}.',
  'problem.schema.too-many': '{where}: العناصر كثيرة جدًا (الحد الأقصى {maximum}).',
  'problem.schema.too-long': '{where}: النص طويل جدًا (الحد الأقصى لعدد الأحرف: {maximum}).',
  'problem.schema.too-big': '{where}: القيمة هنا {value}، لكن يجب ألّا تزيد على {maximum}.',
  'problem.schema.not-one-of': '{where}: القيمة هنا {value}، لكن يجب أن تكون واحدة من هذه: {values}.',
  'problem.schema.unknown-shape': '{where}: شكل هذا الجزء غير معروف لـStoryscape ({value}). تحقّق من الحقل «type» أو «op».',
  'problem.schema.other': '{where}: {detail}',
  'problem.schema.detail.id': 'لا يمكن أن تحتوي المعرّفات إلا على حروف وأرقام و«-» و«_».',
  'problem.schema.detail.asset-id': 'معرّف ملف الوسائط هو بصمة sha-256 لمحتواه: 64 حرفًا ست عشريًا صغيرًا.',
  'problem.schema.detail.language': 'تُكتب اللغة برمز مثل «en» أو «nb».',
  'problem.schema.detail.caption-end': 'يجب أن تنتهي الترجمة النصية بعد أن تبدأ.',

  // ---- packages ----
  'problem.package.noun.package': 'حزمة قصة',
  'problem.package.noun.backup': 'نسخة احتياطية من Storyscape',
  'problem.package.story-file': 'هذا ملف قصة (story.json)، وليس {archive}. افتحه بالأمر «فتح ملف قصة» بدلًا من ذلك.',
  'problem.package.is-backup': 'هذه نسخة احتياطية من Storyscape (قصص كثيرة)، وليست قصة واحدة. استخدم «استعادة نسخة احتياطية» لفتحها. لم يُستورد شيء.',
  'problem.package.is-package': 'هذه حزمة قصة واحدة، وليست نسخة احتياطية من Storyscape. استخدم «استيراد قصة» لفتحها. لم يُستورد شيء.',
  'problem.package.aborted': 'توقف قبل النهاية، كما طلبت. لم يُستورد شيء.',

  'problem.package.what.image': 'الصورة «{name}»',
  'problem.package.what.audio': 'الصوت «{name}»',
  'problem.package.what.file': 'الملف «{name}»',
  'problem.package.what.image-id': 'صورة ({id}…)',
  'problem.package.what.audio-id': 'صوت ({id}…)',
  'problem.package.what.file-id': 'ملف ({id}…)',
  'problem.package.what.video': 'الفيديو «{name}»',
  'problem.package.what.video-id': 'فيديو ({id}…)',
  'problem.package.what.in-story': '{what} (القصة «{id}»)',
  'problem.package.declared.image': 'صورة بصيغة {format}',
  'problem.package.declared.audio': 'صوت بصيغة {format}',
  'problem.package.actual.image': 'صورة ({label})',
  'problem.package.actual.audio': 'صوت ({label})',
  'problem.package.in-file': 'في {entry}: {problem}',
  'problem.package.in-story': 'في القصة «{id}»: {problem}',
  'problem.package.detail.no-directory': 'فهرس محتوياته في نهاية الملف مفقود',
  'problem.package.detail.split': 'هو جزء من ملف zip مقسّم إلى عدة ملفات',
  'problem.package.detail.directory-broken': 'فهرس محتوياته معطوب',
  'problem.package.detail.directory-past-end': 'فهرس محتوياته يشير إلى ما بعد نهاية الملف',
  'problem.package.detail.directory-count': 'الأعداد في فهرس محتوياته غير متطابقة',
  'problem.package.detail.entry-misplaced': 'الملف «{entry}» ليس في المكان الذي يذكره فهرس المحتويات',
  'problem.package.detail.entry-renamed': 'للملف «{entry}» اسم مختلف داخل ملف zip',
  'problem.package.detail.entry-two-ways': 'الملف «{entry}» موصوف بطريقتين مختلفتين',
  'problem.package.detail.sizes-differ': 'أحجامه غير متطابقة',
  'problem.package.detail.longer': 'هو أطول مما يذكره ملف zip',
  'problem.package.detail.shorter': 'هو أقصر مما يذكره ملف zip',
  'problem.package.detail.ends-early': 'الملف ينتهي قبل أوانه',
  'problem.package.detail.cannot-unpack': 'لا يمكن فك ضغطه',
  'problem.package.detail.checksum': 'رمز التحقق الخاص به خاطئ',
  'problem.package.detail.not-json': 'ليس JSON يمكن قراءته',
  'problem.package.detail.not-a-manifest': 'لا يذكر ما هو',
  'problem.package.detail.manifest-fields': 'بعض حقوله خاطئة',
  'problem.package.name.empty': 'بلا اسم إطلاقًا',
  'problem.package.name.control': 'فيه رموز تحكم مخفية',
  'problem.package.name.backslash': 'يستخدم الشرطة المائلة العكسية («\\») فاصلًا بين المجلدات',
  'problem.package.name.absolute': 'يبدأ من أعلى القرص (أوله «/»)',
  'problem.package.name.drive': 'يذكر محرك أقراص («{drive}»)',
  'problem.package.name.climbs': 'يخرج من مجلده بـ«..»',
  'problem.package.not-a-zip': 'هذا الملف ليس {archive}. تُصنع ملفات \u200e.storyscape بزر «تصدير» في Storyscape. تأكد أنك اخترت الملف الصحيح.',
  'problem.package.empty': 'هذا الملف فارغ، فلا يمكن أن يكون {archive}. تأكد أنك اخترت الملف الصحيح، أو صدّر القصة مرة أخرى.',
  'problem.package.damaged': 'هذا الملف تالف ({detail}). ربما انقطع أثناء تنزيله أو نسخه. نزّله أو انسخه مرة أخرى. لم يُستورد شيء.',
  'problem.package.entry-damaged': 'الملف «{entry}» داخل الحزمة تالف ({detail}). نزّل الحزمة أو انسخها مرة أخرى. لم يُستورد شيء.',
  'problem.package.encrypted': 'ملف zip هذا مقفل بكلمة مرور، ولا يستطيع Storyscape فتح الملفات المقفلة. اصنعه مرة أخرى بلا كلمة مرور. لم يُستورد شيء.',
  'problem.package.compression':
    'الملف «{entry}» مضغوط بطريقة لا يستطيع Storyscape قراءتها (الطريقة {method}). اصنع ملف zip مرة أخرى بالضغط العادي، أو صدّر القصة من Storyscape. لم يُستورد شيء.',
  'problem.package.too-many-entries':
    'في هذه الحزمة ملفات كثيرة جدًا ({count}؛ الحد الأقصى للحزمة {max}). احذف الصور والأصوات التي لا تستخدمها القصة، ثم صدّرها مرة أخرى. لم يُستورد شيء.',
  'problem.package.too-big':
    'هذه الحزمة أكبر من أن تُفتح هنا: بعد فك ضغطها ستزيد على {limit}. صغّر الصور والأصوات (أو استخدم عددًا أقل منها)، ثم صدّرها مرة أخرى. لم يُستورد شيء.',
  'problem.package.too-big.far':
    'هذه الحزمة أكبر من أن تُفتح هنا: بعد فك ضغطها ستزيد على {limit} بكثير. صغّر الصور والأصوات (أو استخدم عددًا أقل منها)، ثم صدّرها مرة أخرى. لم يُستورد شيء.',
  'problem.package.zip-bomb':
    'الملف «{entry}» في هذه الحزمة سيصير بعد فك ضغطه أكبر بكثير مما ينبغي: أكبر من حجمه المضغوط بأكثر من {ratio} مرة. الصور والأصوات والقصص الحقيقية لا تفعل ذلك أبدًا؛ ملفات كهذه تُصنع لتعطيل الحواسيب («قنبلة zip»)، لذلك توقف Storyscape عن القراءة. لم يُستورد شيء. لا تفتح إلا الحزم التي تأتيك من أشخاص تثق بهم.',
  'problem.package.overlapping':
    'الملفات في ملف zip هذا متداخلة بعضها فوق بعض، وهذه حيلة تُستخدم لصنع «قنابل zip» تعطّل الحواسيب، لذلك توقف Storyscape عن القراءة. لم يُستورد شيء. لا تفتح إلا الحزم التي تأتيك من أشخاص تثق بهم.',
  'problem.package.unsafe-name':
    'في هذه الحزمة ملف اسمه خطير: «{entry}» {why}. يمكن أن تُستخدم أسماء كهذه لوضع ملفات في أماكن ليست لها، لذلك يرفض Storyscape الحزمة كلها. لم يُستورد شيء. لا تفتح إلا الحزم التي تأتيك من أشخاص تثق بهم.',
  'problem.package.unexpected-name.package':
    'في هذه الحزمة ملف لا يتوقعه Storyscape: «{entry}». لا تحتوي حزمة القصة إلا على story.json و manifest.json ومجلد «assets» فيه صور وأصوات مسمّاة ببصماتها. إن كنت صنعت ملف zip هذا بنفسك، فصدّر القصة من Storyscape بدلًا من ذلك. لم يُستورد شيء.',
  'problem.package.unexpected-name.backup':
    'في هذه الحزمة ملف لا يتوقعه Storyscape: «{entry}». لا تحتوي النسخة الاحتياطية من Storyscape إلا على manifest.json ومجلد «stories» ومجلد «assets» فيه صور وأصوات مسمّاة ببصماتها. إن كنت صنعت ملف zip هذا بنفسك، فصدّر القصة من Storyscape بدلًا من ذلك. لم يُستورد شيء.',
  'problem.package.story-in-folder':
    'القصة داخل مجلد في ملف zip هذا («{entry}»). يحتاج Storyscape إلى أن يكون story.json في أعلى ملف zip: افتح المجلد، واختر كل ما فيه، واضغطه في ملف zip بدلًا من ذلك. لم يُستورد شيء.',
  'problem.package.duplicate':
    'الملف «{entry}» موجود في هذه الحزمة مرتين، فلا يعرف Storyscape أيّهما الصحيح. اطلب ممن صنعها أن يصدّرها من Storyscape مرة أخرى. لم يُستورد شيء.',
  'problem.package.ignored.one': 'تُرك ملف تضيفه الحواسيب إلى ملفات zip من تلقاء نفسها ({names}).',
  'problem.package.ignored.many': 'تُركت ملفات تضيفها الحواسيب إلى ملفات zip من تلقاء نفسها (عددها {count}: {names}).',
  'problem.package.story-missing':
    'لا توجد قصة في هذه الحزمة: الملف story.json مفقود. اطلب ممن صنعها أن يصدّرها من Storyscape مرة أخرى. لم يُستورد شيء.',
  'problem.package.no-stories': 'لا توجد قصص في هذه النسخة الاحتياطية (مجلد «stories» فيها فارغ أو مفقود). لم يُستورد شيء.',
  'problem.package.story-too-big': 'القصة «{entry}» كبيرة جدًا (أكثر من {limit} من النص؛ تُحفظ الصور والأصوات خارجها). لم يُستورد شيء.',
  'problem.package.story-not-text': 'القصة ({entry}) ليست نصًا يمكن قراءته: ربما هي تالفة. جرّب الملف الأصلي أو نسخة احتياطية.',
  'problem.package.manifest-missing':
    'ليس في هذه الحزمة ملف manifest.json (قائمة ما بداخلها)، فهي ليست من صنع Storyscape. لذلك فُحصت ملفًا ملفًا.',
  'problem.package.manifest-unreadable': 'تعذّرت قراءة قائمة محتويات الحزمة (manifest.json): {detail}. لذلك فُحصت الحزمة ملفًا ملفًا.',
  'problem.package.manifest-too-big':
    'قائمة محتويات الحزمة (manifest.json) أكبر بكثير مما ينبغي (أكثر من {limit}). اطلب ممن صنعها أن يصدّرها من Storyscape مرة أخرى. لم يُستورد شيء.',
  'problem.package.format-unknown': 'يقول ملف zip هذا إنه «{format}»، وهذا نوع لا يعرفه Storyscape. لم يُستورد شيء.',
  'problem.package.version-future':
    'صُنع هذا الملف ({archive}) بإصدار أحدث من Storyscape (صيغة الحزمة {version}؛ وهذا الإصدار يقرأ حتى الصيغة {supported}). حدّث Storyscape، ثم افتحه مرة أخرى. لم يُستورد شيء.',
  'problem.package.story-changed':
    'تغيّرت القصة ({entry}) بعد صنع الحزمة. فُحصت مرة أخرى وهي سليمة، لكن إن لم تكن تتوقع ذلك، فاسأل من أرسلها.',
  'problem.package.asset-missing':
    'لم يُعثر على {what} في الحزمة (يجب أن يكون الملف «{entry}»). اطلب ممن صنعها أن يصدّرها من Storyscape مرة أخرى. لم يُستورد شيء.',
  'problem.package.asset-hash-mismatch':
    'تغيّر ملف {what} («{entry}») أو تلف بعد صنع الحزمة: لم يعد محتواه يطابق بصمته. اطلب ممن صنعها أن يصدّرها من Storyscape مرة أخرى. لم يُستورد شيء.',
  'problem.package.asset-unrecognised':
    'ملف {what} («{entry}») مسجّل على أنه {declared}، لكنه ليس صورة أو صوتًا يعرفه Storyscape. ربما هو تالف، أو نوع آخر من الملفات غُيّر اسمه. استبدله بالملف الأصلي وصدّر القصة مرة أخرى. لم يُستورد شيء.',
  'problem.package.asset-kind-mismatch':
    'ملف {what} («{entry}») هو في الحقيقة {actual}، فلا يمكن استخدامه في مكانه. استبدله بالملف الصحيح وصدّر القصة مرة أخرى. لم يُستورد شيء.',
  'problem.package.video-not-video':
    'يجب أن يكون {what} فيديو MP4 أو WebM، لكن ملفه («{entry}») ليس كذلك. ربما هو تالف، أو نوع آخر من الملفات غُيّر اسمه. استبدله بالفيديو الأصلي وصدّر القصة مرة أخرى. لم يُستورد شيء.',
  'problem.package.video-no-picture':
    'في {what} صوت بلا صورة («{entry}»)، فلا يمكن أن يكون فيديو 360°. استبدله بالفيديو الأصلي وصدّر القصة مرة أخرى. لم يُستورد شيء.',
  'problem.package.video-hevc':
    '{what} فيديو بترميز H.265 (HEVC) («{entry}»)، كالذي تصنعه بعض الهواتف وكاميرات 360°. معظم المتصفحات لا تستطيع تشغيله. حوّله إلى فيديو MP4 (H.264)، مثلًا بالتطبيق المجاني HandBrake (الإعداد «Fast 4K»)، أو اضبط هاتفك على تسجيل فيديو «الأكثر توافقًا» (آيفون: الإعدادات › الكاميرا › التنسيقات)، ثم ضعه في القصة مرة أخرى وصدّرها مرة أخرى. لم يُستورد شيء.',
  'problem.package.video-format':
    '{what} فيديو لا تستطيع المتصفحات تشغيله («{entry}»؛ اسم صيغته {codec}). حوّله إلى فيديو MP4 (H.264)، مثلًا بالتطبيق المجاني HandBrake، ثم ضعه في القصة مرة أخرى وصدّرها مرة أخرى. لم يُستورد شيء.',
  'problem.package.image-unsupported':
    '{what}: صيغتها {label}، ولا تستطيع كل المتصفحات عرض هذه الصيغة. احفظ الصورة بصيغة JPEG (أو PNG)، وضعها في القصة مرة أخرى، ثم صدّر القصة مرة أخرى. لم يُستورد شيء.',
  'problem.package.image-too-big':
    'مقاس {what} كبير جدًا ({width} × {height} بكسل)؛ وأكبر مقاس يمكن عرضه {maxWidth} × {maxHeight} بكسل. صغّر الصورة وحاول مرة أخرى. لم يُستورد شيء.',
  'problem.package.image-unreadable':
    'ملف {what} تالف: لا يستطيع Storyscape أن يعرف منه مقاس الصورة. استبدله بالملف الأصلي وصدّر القصة مرة أخرى. لم يُستورد شيء.',
  'problem.package.mime-fixed': 'كان نوع {what} مسجّلًا على أنه {declared}، لكنه في الحقيقة {actual}؛ وقد صُحّح ذلك.',
  'problem.package.size-fixed': 'كان حجم {what} مسجّلًا على أنه {declared}، لكنه في الحقيقة {actual}؛ وقد صُحّح ذلك.',
  'problem.package.pixels-fixed':
    'كان مقاس {what} مسجّلًا على أنه {declaredWidth} × {declaredHeight} بكسل، لكنه في الحقيقة {width} × {height}؛ وقد صُحّح ذلك.',
  'problem.package.assets-unused.one': 'تُرك ملف صورة أو صوت في الحزمة لا تستخدمه القصة.',
  'problem.package.assets-unused.many': 'تُركت ملفات صور أو أصوات في الحزمة لا تستخدمها القصة (عددها {count}).',
  'problem.package.story-duplicate': 'لقصتين في هذه النسخة الاحتياطية المعرّف نفسه («{id}»)، فستحل إحداهما محل الأخرى. لم يُستورد شيء.',
  'problem.package.unreadable': 'تعذّر على Storyscape قراءة هذا الملف ({detail}). تأكد أنه ما زال موجودًا وأنه يُسمح لك بفتحه، ثم حاول مرة أخرى.',
  'problem.package.crashed': 'تعذّر على Storyscape قراءة هذه الحزمة ({detail}). لم يُستورد شيء. يُرجى الإبلاغ عن ذلك.',
  'problem.package.write.asset-missing': 'لم يُعثر على {what} في مكتبتك، فلا يمكن تصدير القصة. أضف الملف إلى القصة مرة أخرى، ثم صدّرها.',
  'problem.package.write.asset-unreadable':
    'تعذّرت قراءة {what} ({detail})، فلا يمكن تصدير القصة. حاول مرة أخرى؛ وإن تكرر ذلك، فأضف الملف إلى القصة مرة أخرى.',
  'problem.package.write.asset-changed':
    'تغيّر محتوى {what} في مكتبتك أو تلف (لم يعد يطابق بصمة الملف)، فلم تُصدَّر القصة. أضف الملف إلى القصة مرة أخرى، ثم صدّرها.',
  'problem.package.write.too-big':
    'هذا أكثر مما تتسع له حزمة واحدة ({size}؛ الحد الأقصى للحزمة {limit}). صغّر الصور والأصوات، أو استخدم عددًا أقل منها، ثم صدّر مرة أخرى.',
  'problem.package.write.too-many-files':
    'عدد الملفات أكثر مما تتسع له حزمة واحدة ({count}؛ الحد الأقصى {max}). احذف الصور والأصوات التي لا تستخدمها القصص، ثم صدّر مرة أخرى.',
  'problem.package.write.story-too-big': 'القصة «{id}» أكبر من أن تُصدَّر (أكثر من {limit} من النص).',
  'problem.package.write.story-duplicate': 'لقصتين المعرّف نفسه («{id}»)، فلا يمكن وضعهما في نسخة احتياطية واحدة.',
  'problem.package.write.no-stories': 'لا توجد قصص لوضعها في النسخة الاحتياطية.',

  // ---- bringing in tours and stories ----
  'problem.import.no-files': 'لم تُختر أي ملفات.',
  'problem.import.no-scenes': 'لا توجد مشاهد في هذا الملف، فلا يوجد ما يُستورد.',
  'problem.import.nothing-found':
    'لم يجد Storyscape جولة أو قصة في {names}. يستطيع أن يستورد جولة Pannellum (.json)، أو ملفًا مصدَّرًا من Marzipano Tool (data.js)، أو جولة Photo Sphere Viewer (.json)، أو قصة Twine 2 (.html)، أو قصة Twee (.twee).',
  'problem.import.nothing-found.more':
    'لم يجد Storyscape جولة أو قصة في {names} وبقية الملفات. يستطيع أن يستورد جولة Pannellum (.json)، أو ملفًا مصدَّرًا من Marzipano Tool (data.js)، أو جولة Photo Sphere Viewer (.json)، أو قصة Twine 2 (.html)، أو قصة Twee (.twee).',
  'problem.import.failed': 'حدث خطأ أثناء قراءة الملفات: {detail}',
  'problem.import.twine-empty': 'لا توجد أي مقاطع في ملف Twine «{file}».',
  'problem.import.zip-too-big': 'ملف zip «{file}» أكبر من أن يُستورد (بعد فك ضغطه يزيد حجمه على 1 غيغابايت، أو يزيد عدد ملفاته على {max}).',
  'problem.import.zip-damaged': 'ملف zip «{file}» تالف، أو ليس ملف zip حقًا.',
  'problem.import.too-many-files': 'عدد الملفات أكثر من {max}. اختر مجلد الجولة فقط.',
  'problem.import.file-too-big':
    'حجم «{file}» هو {size} ميغابايت. يجب أن يكون ملف الجولة أو القصة أصغر بكثير من 20 ميغابايت، فالأرجح أن هذا ليس واحدًا منها.',
  'problem.import.marzipano-no-scenes': 'لا توجد قائمة مشاهد في ملف Marzipano هذا.',
  'problem.import.marzipano-not-data': 'لا يبدو هذا ملف data.js من Marzipano Tool: يجب أن يبدأ بـ «var APP_DATA = {».',
  'problem.import.psv-no-places': 'لا توجد عُقد (أماكن) في ملف Photo Sphere Viewer هذا.',
  'problem.import.tour-too-big': 'عدد المشاهد في هذه الجولة {count}، ويستطيع Storyscape أن يفتح {max} على الأكثر. قسّمها أولًا إلى جولات أصغر.',
  'problem.import.tour-too-many-places': 'عدد الأماكن في هذه الجولة {count}، ويستطيع Storyscape أن يفتح {max} على الأكثر. قسّمها أولًا إلى جولات أصغر.',
  'problem.import.twine-too-big': 'عدد المقاطع في هذه القصة أكثر من {max}، ويستطيع Storyscape أن يفتح {max} على الأكثر.',
  'problem.import.too-many-scenes': 'عدد المشاهد هنا أكثر من {max}، وهذا أكثر مما يستطيع Storyscape فتحه. قسّمها أولًا إلى قصص أصغر.',
  'problem.import.placeholder-broken': 'الصورة المؤقتة مفقودة أو معطوبة.',
  'problem.import.story-broken': 'لم تخرج القصة المستوردة كما ينبغي: {detail}',
  'problem.import.not-plain-data':
    'هذا الملف ليس بيانات فقط ({what} في السطر {line}). يقرأ Storyscape البيانات منه فقط ولا يشغّل أي كود أبدًا، لذلك لا يستطيع استخدام هذا الملف.',
  'problem.import.code.unfinished-comment': 'تعليق غير مكتمل',
  'problem.import.code.line-break': 'سطر جديد داخل نص',
  'problem.import.code.broken-escape': 'رمز هروب معطوب',
  'problem.import.code.unfinished-text': 'نص غير مكتمل',
  'problem.import.code.not-a-name': '«{found}» في مكان يُنتظر فيه اسم',
  'problem.import.code.too-deep': 'مستويات متداخلة كثيرة جدًا',
  'problem.import.code.getter': 'دالة getter أو setter',
  'problem.import.code.method': 'دالة أو صيغة مختصرة («{name}»)',
  'problem.import.code.missing-comma': 'فاصلة ناقصة',
  'problem.import.code.template-string': 'نص قالب (template string)',
  'problem.import.code.not-a-number': 'عدد ليس عددًا حقيقيًا',
  'problem.import.code.early-end': 'نهاية الملف قبل أوانها',
  'problem.import.code.code': 'كود («{code}»)',
  'problem.import.code.more-code': 'كود إضافي بعد البيانات («{code}»)',
};
