<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>GradeReader</name>
    <message>
        <source>The grade gave no &quot;%1&quot; score.</source>
        <translation>لم يعطِ التقييم درجة لـ «%1».</translation>
    </message>
    <message>
        <source>The grade gave &quot;%1&quot; a score of %2, which is not a whole number from %3 to %4.</source>
        <translation>أعطى التقييم «%1» الدرجة %2، وهي ليست عددًا صحيحًا من %3 إلى %4.</translation>
    </message>
    <message>
        <source>The grade gave &quot;%1&quot; a score of %2; scores go from %3 to %4.</source>
        <translation>أعطى التقييم «%1» الدرجة %2؛ الدرجات من %3 إلى %4.</translation>
    </message>
    <message>
        <source>The grade has no &quot;%1&quot;.</source>
        <translation>ينقص التقييمَ «%1».</translation>
    </message>
    <message>
        <source>The grade&apos;s &quot;%1&quot; is %2, not text.</source>
        <translation>«%1» في التقييم هو %2، وليس نصًا.</translation>
    </message>
    <message>
        <source>It quotes &quot;%1&quot;, which the resume lines do not say.</source>
        <translation>تقتبس «%1»، وهذا لا تقوله أسطر السيرة الذاتية.</translation>
    </message>
    <message>
        <source>It gives the number &quot;%1&quot;, which neither the resume lines, the notes, the question nor your answer gives.</source>
        <translation>تذكر الرقم «%1»، ولا تذكره أسطر السيرة الذاتية ولا الملاحظات ولا السؤال ولا إجابتك.</translation>
    </message>
    <message>
        <source>The grade&apos;s &quot;scores&quot; is not an object.</source>
        <translation>«scores» في التقييم ليس كائنًا.</translation>
    </message>
    <message>
        <source>The grade has no &quot;scores&quot;.</source>
        <translation>ينقص التقييمَ «scores».</translation>
    </message>
    <message>
        <source>The grade&apos;s &quot;key_points&quot; is not a list.</source>
        <translation>«key_points» في التقييم ليس قائمة.</translation>
    </message>
    <message>
        <source>The grade has no &quot;key_points&quot;.</source>
        <translation>ينقص التقييمَ «key_points».</translation>
    </message>
    <message>
        <source>The grade judged a key point without giving its number.</source>
        <translation>حكم التقييم على نقطة أساسية دون ذكر رقمها.</translation>
    </message>
    <message>
        <source>The grade judged key point %1, but the rubric has no key points.</source>
        <translation>حكم التقييم على النقطة الأساسية %1، لكن معايير التقييم بلا نقاط أساسية.</translation>
    </message>
    <message numerus="yes">
        <source>The grade judged key point %1, but the rubric has %n key point(s).</source>
        <translation>
            <numerusform>حكم التقييم على النقطة الأساسية %1، لكن معايير التقييم بلا نقاط أساسية.</numerusform>
            <numerusform>حكم التقييم على النقطة الأساسية %1، لكن في معايير التقييم نقطة أساسية واحدة.</numerusform>
            <numerusform>حكم التقييم على النقطة الأساسية %1، لكن في معايير التقييم نقطتان أساسيتان.</numerusform>
            <numerusform>حكم التقييم على النقطة الأساسية %1، لكن في معايير التقييم %Ln نقاط أساسية.</numerusform>
            <numerusform>حكم التقييم على النقطة الأساسية %1، لكن في معايير التقييم %Ln نقطة أساسية.</numerusform>
            <numerusform>حكم التقييم على النقطة الأساسية %1، لكن في معايير التقييم %Ln نقطة أساسية.</numerusform>
        </translation>
    </message>
    <message>
        <source>The grade judged key point %1 twice.</source>
        <translation>حكم التقييم على النقطة الأساسية %1 مرتين.</translation>
    </message>
    <message>
        <source>The grade did not say whether key point %1 is covered.</source>
        <translation>لم يقل التقييم هل غُطّيت النقطة الأساسية %1.</translation>
    </message>
    <message>
        <source>The grade gave no judgement for key point %1.</source>
        <translation>لم يعلّل التقييم حكمه على النقطة الأساسية %1.</translation>
    </message>
    <message>
        <source>The grade did not judge key point %1.</source>
        <translation>لم يحكم التقييم على النقطة الأساسية %1.</translation>
    </message>
    <message>
        <source>The grade&apos;s &quot;resume_quotes&quot; is not a list.</source>
        <translation>«resume_quotes» في التقييم ليس قائمة.</translation>
    </message>
    <message>
        <source>The grade has no &quot;resume_quotes&quot;.</source>
        <translation>ينقص التقييمَ «resume_quotes».</translation>
    </message>
    <message>
        <source>The grade&apos;s &quot;resume_quotes&quot; holds %1, not text.</source>
        <translation>«resume_quotes» في التقييم يحوي %1، وليس نصًا.</translation>
    </message>
    <message>
        <source>The stronger answer was left out. %1</source>
        <translation>حُذفت الإجابة الأقوى. %1</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>لم تُجب.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>نعم (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>لا (&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعادة الافتراضيات</translation>
    </message>
</context>
<context>
    <name>QuestionLabels</name>
    <message>
        <source>Foundations</source>
        <translation>الأساسيات</translation>
    </message>
    <message>
        <source>Internals</source>
        <translation>البنية الداخلية</translation>
    </message>
    <message>
        <source>Edge cases</source>
        <translation>الحالات الحدية</translation>
    </message>
    <message>
        <source>Level 1 of 3: foundations, what it is and when to use it</source>
        <translation>المستوى 1 من 3: الأساسيات، ما هو ومتى يُستخدم</translation>
    </message>
    <message>
        <source>Level 2 of 3: internals, how it works underneath</source>
        <translation>المستوى 2 من 3: البنية الداخلية، كيف يعمل من الداخل</translation>
    </message>
    <message>
        <source>Level 3 of 3: edge cases, failure modes and trade-offs</source>
        <translation>المستوى 3 من 3: الحالات الحدية وأنماط الأعطال والمفاضلات</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>مفهوم</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>تصميم</translation>
    </message>
    <message>
        <source>Debugging &amp; operations</source>
        <translation>تتبع الأخطاء والتشغيل</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>مفاضلة</translation>
    </message>
    <message>
        <source>Project deep-dive</source>
        <translation>تعمق في مشروع</translation>
    </message>
    <message>
        <source>How it works</source>
        <translation>كيف يعمل</translation>
    </message>
</context>
<context>
    <name>ResumeDrop</name>
    <message>
        <source>“%1” does not exist (any more).</source>
        <translation>«%1» غير موجود (لم يعد موجودًا).</translation>
    </message>
    <message>
        <source>“%1” is a folder. Drop the resume file itself.</source>
        <translation>«%1» مجلد. أفلت ملف السيرة الذاتية نفسه.</translation>
    </message>
    <message>
        <source>“%1” cannot be read (no permission).</source>
        <translation>تتعذر قراءة «%1» (لا توجد صلاحية).</translation>
    </message>
    <message>
        <source>“%1” is too large (%2; the limit is %3). The limit can be changed in Settings.</source>
        <translation>«%1» كبير جدًا (%2؛ الحد هو %3). يمكن تغيير الحد في الإعدادات.</translation>
    </message>
    <message>
        <source>Only files can be dropped here: drag a resume from your file manager.</source>
        <translation>يمكن إفلات الملفات فقط هنا: اسحب سيرة ذاتية من مدير الملفات.</translation>
    </message>
    <message numerus="yes">
        <source>%n files were dropped. Drop one resume at a time.</source>
        <translation>
            <numerusform>لم يُفلت أي ملف. أفلت سيرة ذاتية واحدة في كل مرة.</numerusform>
            <numerusform>أُفلت ملف واحد. أفلت سيرة ذاتية واحدة في كل مرة.</numerusform>
            <numerusform>أُفلت ملفان. أفلت سيرة ذاتية واحدة في كل مرة.</numerusform>
            <numerusform>أُفلتت %Ln ملفات. أفلت سيرة ذاتية واحدة في كل مرة.</numerusform>
            <numerusform>أُفلت %Ln ملفًا. أفلت سيرة ذاتية واحدة في كل مرة.</numerusform>
            <numerusform>أُفلت %Ln ملف. أفلت سيرة ذاتية واحدة في كل مرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only files on this computer can be opened; download the resume first.</source>
        <translation>لا يمكن فتح إلا الملفات الموجودة على هذا الحاسوب؛ نزّل السيرة الذاتية أولًا.</translation>
    </message>
    <message>
        <source>“%1” is not a resume this app can read. Use a PDF, a plain-text (.txt) or a Markdown (.md) file, or a scan or photo (.png, .jpg).</source>
        <translation>«%1» ليس سيرة ذاتية يستطيع هذا التطبيق قراءتها. استخدم ملف PDF أو ملفًا نصيًا (.txt) أو ملف Markdown (.md) أو صورة ممسوحة أو ملتقطة (.png, .jpg).</translation>
    </message>
</context>
<context>
    <name>ResumeLoader</name>
    <message>
        <source>It looks like a PNG image.</source>
        <translation>يبدو أنه صورة PNG.</translation>
    </message>
    <message>
        <source>It looks like a JPEG image.</source>
        <translation>يبدو أنه صورة JPEG.</translation>
    </message>
    <message>
        <source>It looks like a GIF image.</source>
        <translation>يبدو أنه صورة GIF.</translation>
    </message>
    <message>
        <source>It looks like a Word (.docx) document or another ZIP archive; export it as PDF first.</source>
        <translation>يبدو أنه مستند Word (.docx) أو أرشيف ZIP آخر؛ صدّره بصيغة PDF أولًا.</translation>
    </message>
    <message>
        <source>It looks like an old Word (.doc) document; export it as PDF first.</source>
        <translation>يبدو أنه مستند Word قديم (.doc)؛ صدّره بصيغة PDF أولًا.</translation>
    </message>
    <message>
        <source>It looks like an RTF document; export it as PDF first.</source>
        <translation>يبدو أنه مستند RTF؛ صدّره بصيغة PDF أولًا.</translation>
    </message>
    <message>
        <source>No resume file was chosen.</source>
        <translation>لم يُختر أي ملف سيرة ذاتية.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>الملف «%1» غير موجود. ربما نُقل أو أُعيدت تسميته أو حُذف.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Choose a PDF or text file.</source>
        <translation>«%1» مجلد وليس ملفًا. اختر ملف PDF أو ملفًا نصيًا.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file. Choose a PDF or text file.</source>
        <translation>«%1» ليس ملفًا عاديًا. اختر ملف PDF أو ملفًا نصيًا.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read. Check that you have permission to open it.</source>
        <translation>تتعذر قراءة الملف «%1». تحقق من أن لديك صلاحية فتحه.</translation>
    </message>
    <message>
        <source>The file “%1” is empty (0 bytes).</source>
        <translation>الملف «%1» فارغ (0 بايت).</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>‏%1 بايت</translation>
    </message>
    <message>
        <source>The file “%1” is too large: it is %2 and the limit for a resume is %3.</source>
        <translation>الملف «%1» كبير جدًا: حجمه %2 والحد الأقصى للسيرة الذاتية %3.</translation>
    </message>
    <message>
        <source>The file “%1” is not a PDF: its content does not start with “%PDF-”.</source>
        <translation>الملف «%1» ليس PDF: محتواه لا يبدأ بـ «%PDF-».</translation>
    </message>
    <message>
        <source>Choose a PDF, or a plain-text resume (.txt or .md).</source>
        <translation>اختر ملف PDF أو سيرة ذاتية بنص عادي (.txt أو .md).</translation>
    </message>
    <message>
        <source>The file “%1” contains binary data, not text. Choose a PDF, or save the resume as UTF-8 text.</source>
        <translation>يحتوي الملف «%1» على بيانات ثنائية وليس نصًا. اختر ملف PDF أو احفظ السيرة الذاتية نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The file “%1” is not valid UTF-8 text. Save it again with the UTF-8 encoding.</source>
        <translation>الملف «%1» ليس نصًا صالحًا بترميز UTF-8. احفظه مجددًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The PDF “%1” is protected by a password. Enter the password to open it.</source>
        <translation>ملف PDF «%1» محمي بكلمة مرور. أدخل كلمة المرور لفتحه.</translation>
    </message>
    <message>
        <source>The password for the PDF “%1” is not correct. Try again.</source>
        <translation>كلمة مرور ملف PDF «%1» غير صحيحة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The PDF “%1” is encrypted with a method that is not supported, so it cannot be read.</source>
        <translation>ملف PDF «%1» مشفّر بطريقة غير مدعومة، لذا تتعذر قراءته.</translation>
    </message>
    <message>
        <source>The PDF “%1” is damaged or incomplete and cannot be read. Export or download it again.</source>
        <translation>ملف PDF «%1» تالف أو غير مكتمل وتتعذر قراءته. صدّره أو نزّله مرة أخرى.</translation>
    </message>
    <message>
        <source>The file “%1” contains no text.</source>
        <translation>لا يحتوي الملف «%1» على أي نص.</translation>
    </message>
    <message>
        <source>The PDF “%1” has %2 pages, more than the maximum of %3 for a resume.</source>
        <translation>عدد صفحات ملف PDF «%1» هو %2، وهذا أكثر من الحد الأقصى للسيرة الذاتية وهو %3.</translation>
    </message>
    <message>
        <source>Reading “%1” was cancelled.</source>
        <translation>أُلغيت قراءة «%1».</translation>
    </message>
    <message>
        <source>The PDF “%1” contains no extractable text, and text recognition (OCR) found none on its pages either. Export the resume as a text PDF, or paste its text into a .txt file.</source>
        <translation>لا يحتوي ملف PDF «%1» على نص قابل للاستخراج، ولم يجد التعرف على النص (OCR) نصًا في صفحاته أيضًا. صدّر السيرة الذاتية كملف PDF نصي، أو الصق نصها في ملف .txt.</translation>
    </message>
    <message>
        <source>The PDF “%1” contains no extractable text; it is probably a scanned image, and text recognition (OCR) is turned off. Export the resume as a text PDF, or paste its text into a .txt file.</source>
        <translation>لا يحتوي ملف PDF «%1» على نص قابل للاستخراج؛ غالبًا هو صورة ممسوحة، والتعرف على النص (OCR) متوقف. صدّر السيرة الذاتية كملف PDF نصي، أو الصق نصها في ملف .txt.</translation>
    </message>
    <message>
        <source>Text recognition (OCR) found no text in the image “%1”.</source>
        <translation>لم يجد التعرف على النص (OCR) أي نص في الصورة «%1».</translation>
    </message>
    <message>
        <source>The image “%1” is damaged or incomplete and cannot be read.</source>
        <translation>الصورة «%1» تالفة أو غير مكتملة ولا يمكن قراءتها.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The image “%1” is %2 × %3 pixels, more than the maximum of %4 megapixels for a resume. Scale it down or export it as a PDF.</source>
        <translation>أبعاد الصورة «%1» هي %2 × %3 بكسل، أكثر من الحد الأقصى البالغ %4 ميغابكسل للسيرة الذاتية. صغّرها أو صدّرها كملف PDF.</translation>
    </message>
    <message>
        <source>“%1” needs text recognition (OCR), but Tesseract could not load its language data from “%2”.</source>
        <translation>يحتاج «%1» إلى التعرف على النص (OCR)، لكن Tesseract لم يستطع تحميل بيانات اللغة من «%2».</translation>
    </message>
    <message>
        <source>“%1” needs text recognition (OCR), but Tesseract&apos;s language data is missing. Install: %2 (for example: sudo apt install %2).</source>
        <translation>يحتاج «%1» إلى التعرف على النص (OCR)، لكن بيانات لغة Tesseract مفقودة. ثبّت: %2 (مثلًا: sudo apt install %2).</translation>
    </message>
    <message>
        <source>Text recognition (OCR) failed on “%1”.</source>
        <translation>فشل التعرف على النص (OCR) في «%1».</translation>
    </message>
</context>
<context>
    <name>ip::AppContext</name>
    <message>
        <source>The API keys are still being read from the keychain. Try again in a moment.</source>
        <translation>ما زالت مفاتيح API تُقرأ من سلسلة المفاتيح. حاول مجددًا بعد لحظة.</translation>
    </message>
    <message>
        <source>No Groq API key is set. Enter one in Settings: Groq&apos;s models pick the skills and write the questions.</source>
        <translation>لم يُعيَّن مفتاح Groq API. أدخل مفتاحًا في الإعدادات: نماذج Groq هي التي تختار المهارات وتكتب الأسئلة.</translation>
    </message>
</context>
<context>
    <name>ip::AtomicFile</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>تعذر حفظ %1: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>يتعذر إنشاء المجلد</translation>
    </message>
    <message>
        <source>the write was interrupted</source>
        <translation>انقطعت الكتابة</translation>
    </message>
</context>
<context>
    <name>ip::AudioRecorder</name>
    <message>
        <source>A recording is already running.</source>
        <translation>هناك تسجيل جارٍ بالفعل.</translation>
    </message>
    <message>
        <source>No microphone was found. Connect one, or check that the system&apos;s sound settings show it.</source>
        <translation>لم يُعثر على ميكروفون. صِل واحدًا، أو تحقّق من ظهوره في إعدادات الصوت في النظام.</translation>
    </message>
    <message>
        <source>The microphone “%1” offers no sound format this app can record.</source>
        <translation>لا يقدّم الميكروفون «%1» أي صيغة صوت يستطيع هذا التطبيق تسجيلها.</translation>
    </message>
    <message>
        <source>The microphone could not be opened. The system may not allow this app to use it (see its privacy and sound settings), or another program is using it.</source>
        <translation>تعذّر فتح الميكروفون. ربما لا يسمح النظام لهذا التطبيق باستخدامه (راجع إعدادات الخصوصية والصوت)، أو أن برنامجًا آخر يستخدمه.</translation>
    </message>
    <message>
        <source>The recording “%1” cannot be read: %2</source>
        <translation>تتعذّر قراءة التسجيل «%1»: %2</translation>
    </message>
    <message>
        <source>The recording “%1” cannot be used: %2</source>
        <translation>يتعذّر استخدام التسجيل «%1»: %2</translation>
    </message>
    <message>
        <source>its sample format is not supported.</source>
        <translation>صيغة عيّناته غير مدعومة.</translation>
    </message>
    <message>
        <source>The recording stopped: the microphone stopped delivering sound.</source>
        <translation>توقّف التسجيل: توقّف الميكروفون عن إيصال الصوت.</translation>
    </message>
</context>
<context>
    <name>ip::ContinuePlan</name>
    <message>
        <source>Interrupted before it finished</source>
        <translation>توقف قبل أن يكتمل</translation>
    </message>
    <message>
        <source>The resume “%1” has changed since this session was saved; start a new run instead of continuing.</source>
        <translation>تغيّرت السيرة الذاتية «%1» منذ حفظ هذه الجلسة؛ ابدأ تشغيلًا جديدًا بدلًا من المتابعة.</translation>
    </message>
</context>
<context>
    <name>ip::Deck</name>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (on Debian: the package libqt6sql6-sqlite).</source>
        <translation>مشغّل SQLite الخاص بـ Qt غير مثبّت (في دبيان: الحزمة libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the study deck.</source>
        <translation>تعذّر إنشاء المجلد %1 لمجموعة بطاقات الدراسة.</translation>
    </message>
    <message>
        <source>Could not open the study deck %1: %2</source>
        <translation>تعذّر فتح مجموعة بطاقات الدراسة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a study deck (%2).</source>
        <translation>‏%1 ليس مجموعة بطاقات دراسة (%2).</translation>
    </message>
    <message>
        <source>The study deck %1 was written by a newer version of Interview Prep (schema %2; this one reads up to %3).</source>
        <translation>كتب مجموعةَ بطاقات الدراسة %1 إصدارٌ أحدث من Interview Prep (المخطط %2؛ هذا الإصدار يقرأ حتى %3).</translation>
    </message>
    <message>
        <source>Could not prepare the study deck %1: %2</source>
        <translation>تعذّر تجهيز مجموعة بطاقات الدراسة %1: %2</translation>
    </message>
    <message>
        <source>The review has no time.</source>
        <translation>ليس للمراجعة وقت.</translation>
    </message>
    <message>
        <source>The backup cannot replace the deck itself.</source>
        <translation>لا يمكن للنسخة الاحتياطية أن تحلّ محلّ مجموعة البطاقات نفسها.</translation>
    </message>
    <message>
        <source>Could not create the folder for the backup %1.</source>
        <translation>تعذّر إنشاء مجلد النسخة الاحتياطية %1.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية %1: %2</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced (%2).</source>
        <translation>‏%1 موجود ولا يمكن استبداله (%2).</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>‏%1 ليس ملفًا.</translation>
    </message>
    <message>
        <source>%1 is the deck itself.</source>
        <translation>‏%1 هو مجموعة البطاقات نفسها.</translation>
    </message>
    <message>
        <source>Could not copy %1 beside the study deck.</source>
        <translation>تعذّر نسخ %1 بجانب مجموعة بطاقات الدراسة.</translation>
    </message>
    <message>
        <source>written by a newer version of Interview Prep</source>
        <translation>كتبه إصدار أحدث من Interview Prep</translation>
    </message>
    <message>
        <source>it has no study cards table</source>
        <translation>لا يحوي جدول بطاقات دراسة</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>الملف تالف</translation>
    </message>
    <message>
        <source>%1 is not a study deck this version can read (%2). The current deck is kept.</source>
        <translation>‏%1 ليس مجموعة بطاقات دراسة يستطيع هذا الإصدار قراءتها (%2). أُبقيت المجموعة الحالية.</translation>
    </message>
    <message>
        <source>The study deck is open elsewhere; close it there first. The current deck is kept.</source>
        <translation>مجموعة بطاقات الدراسة مفتوحة في مكان آخر؛ أغلقها هناك أولًا. أُبقيت المجموعة الحالية.</translation>
    </message>
    <message>
        <source>Could not replace the study deck (%1). The current deck is kept.</source>
        <translation>تعذّر استبدال مجموعة بطاقات الدراسة (%1). أُبقيت المجموعة الحالية.</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>خطأ غير معروف في قاعدة البيانات</translation>
    </message>
    <message>
        <source>no schema version</source>
        <translation>لا يوجد إصدار للمخطط</translation>
    </message>
    <message>
        <source>no table list</source>
        <translation>لا توجد قائمة جداول</translation>
    </message>
    <message>
        <source>The card is no longer in the deck.</source>
        <translation>لم تعد البطاقة في مجموعة البطاقات.</translation>
    </message>
    <message>
        <source>The run has no id.</source>
        <translation>ليس للتشغيل معرّف.</translation>
    </message>
    <message>
        <source>The study deck is not open.</source>
        <translation>مجموعة بطاقات الدراسة غير مفتوحة.</translation>
    </message>
</context>
<context>
    <name>ip::DiscoveryStage</name>
    <message>
        <source>Source discovery failed: %1</source>
        <translation>فشل البحث عن المصادر: %1</translation>
    </message>
    <message>
        <source>No web notes yet for %1; asking once more</source>
        <translation>لا توجد ملاحظات من الويب عن %1 بعد؛ سيُعاد السؤال مرة أخرى</translation>
    </message>
    <message>
        <source>The web search answer had no section for this skill</source>
        <translation>لم تتضمن إجابة البحث على الويب قسمًا لهذه المهارة</translation>
    </message>
</context>
<context>
    <name>ip::DropZone</name>
    <message>
        <source>Release to read this resume</source>
        <translation>أفلت لقراءة هذه السيرة الذاتية</translation>
    </message>
    <message>
        <source>Drop a resume here</source>
        <translation>أفلت سيرة ذاتية هنا</translation>
    </message>
    <message>
        <source>Open resume…</source>
        <translation>فتح سيرة ذاتية…</translation>
    </message>
    <message>
        <source>Open resume</source>
        <translation>فتح سيرة ذاتية</translation>
    </message>
    <message>
        <source>Choose a resume file to generate interview questions from</source>
        <translation>اختر ملف سيرة ذاتية لتوليد أسئلة المقابلة منه</translation>
    </message>
    <message>
        <source>Choose a resume file (%1)</source>
        <translation>اختر ملف سيرة ذاتية (%1)</translation>
    </message>
    <message>
        <source>Resume drop area</source>
        <translation>منطقة إفلات السيرة الذاتية</translation>
    </message>
    <message>
        <source>Drag a resume file from your file manager and drop it here</source>
        <translation>اسحب ملف سيرة ذاتية من مدير الملفات وأفلته هنا</translation>
    </message>
    <message>
        <source>Why the file was refused</source>
        <translation>سبب رفض الملف</translation>
    </message>
    <message>
        <source>Recent resumes</source>
        <translation>السير الذاتية الأخيرة</translation>
    </message>
    <message>
        <source>Open recent resume %1</source>
        <translation>فتح السيرة الذاتية الأخيرة %1</translation>
    </message>
    <message>
        <source>PDF, text (.txt, .md) or a scan (.png, .jpg)</source>
        <translation>PDF أو نص (.txt، .md) أو صورة ممسوحة (.png، .jpg)</translation>
    </message>
    <message>
        <source>PDF, text (.txt, .md) or a scan (.png, .jpg), up to %1</source>
        <translation>PDF أو نص (.txt، .md) أو صورة ممسوحة (.png، .jpg)، حتى %1</translation>
    </message>
    <message>
        <source>Role &amp;level:</source>
        <translation>م&amp;ستوى الوظيفة:</translation>
    </message>
    <message>
        <source>Role level</source>
        <translation>مستوى الوظيفة</translation>
    </message>
    <message>
        <source>The level of the role you prepare for: it sets how deep the questions go</source>
        <translation>مستوى الوظيفة التي تستعد لها: يحدد مدى عمق الأسئلة</translation>
    </message>
    <message>
        <source>&amp;Review the skills before questions are written</source>
        <translation>&amp;راجع المهارات قبل كتابة الأسئلة</translation>
    </message>
    <message>
        <source>Review the skills before questions are written</source>
        <translation>راجع المهارات قبل كتابة الأسئلة</translation>
    </message>
    <message>
        <source>After the skills are found, the run waits while you rename, reorder, remove or add skills</source>
        <translation>بعد العثور على المهارات، ينتظر التشغيل بينما تعيد تسمية المهارات أو ترتيبها أو تحذفها أو تضيفها</translation>
    </message>
    <message>
        <source>Target a &amp;Job…</source>
        <translation>استهدف &amp;وظيفة…</translation>
    </message>
    <message>
        <source>Target a job</source>
        <translation>استهدف وظيفة</translation>
    </message>
    <message>
        <source>Paste or open a job description: the skills it asks for come first, and those your resume does not show get questions of their own</source>
        <translation>الصق وصف وظيفة أو افتحه: تأتي المهارات التي يطلبها أولًا، وتحصل التي لا تظهرها سيرتك الذاتية على أسئلة خاصة بها</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;غيّر…</translation>
    </message>
    <message>
        <source>Change the job description</source>
        <translation>غيّر وصف الوظيفة</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>أ&amp;زل</translation>
    </message>
    <message>
        <source>Remove the job description</source>
        <translation>أزل وصف الوظيفة</translation>
    </message>
    <message>
        <source>The next runs target no job</source>
        <translation>لا تستهدف التشغيلات التالية أي وظيفة</translation>
    </message>
    <message>
        <source>Targeting a job: %1</source>
        <translation>استهداف وظيفة: %1</translation>
    </message>
</context>
<context>
    <name>ip::ErrorBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>إخفاء الرسالة</translation>
    </message>
    <message>
        <source>Hides this message</source>
        <translation>يخفي هذه الرسالة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>فتح الإعدادات</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>اختيار ملف آخر</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>ip::FirstRunPanel</name>
    <message>
        <source>Two minutes of setup</source>
        <translation>دقيقتان للإعداد</translation>
    </message>
    <message>
        <source>Interview Prep needs a free Groq API key: Groq&apos;s models pick the skills from your resume and write the questions. A Gemini API key is optional; with it, each skill&apos;s questions are grounded in sources found with Google Search. Keys are kept in your system&apos;s keychain.</source>
        <translation>يحتاج Interview Prep إلى مفتاح Groq API مجاني: نماذج Groq تختار المهارات من سيرتك الذاتية وتكتب الأسئلة. مفتاح Gemini API اختياري؛ وبه تستند أسئلة كل مهارة إلى مصادر يُعثر عليها عبر بحث Google. تُحفظ المفاتيح في سلسلة مفاتيح نظامك.</translation>
    </message>
    <message>
        <source>Get a key: &lt;a href=&quot;%1&quot;&gt;Groq console&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Google AI Studio&lt;/a&gt; (for Gemini)</source>
        <translation>احصل على مفتاح: &lt;a href=&quot;%1&quot;&gt;لوحة Groq&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Google AI Studio&lt;/a&gt; (لـ Gemini)</translation>
    </message>
    <message>
        <source>Where to get API keys</source>
        <translation>من أين تحصل على مفاتيح API</translation>
    </message>
    <message>
        <source>Open settings…</source>
        <translation>فتح الإعدادات…</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>فتح الإعدادات</translation>
    </message>
    <message>
        <source>Enter your API keys</source>
        <translation>أدخل مفاتيح API الخاصة بك</translation>
    </message>
    <message>
        <source>What the app needs</source>
        <translation>ما يحتاجه التطبيق</translation>
    </message>
    <message>
        <source>First-run setup</source>
        <translation>الإعداد الأول</translation>
    </message>
    <message>
        <source>You can work offline with it instead of Groq, without a key: nothing leaves this computer, and questions are not grounded in web sources.</source>
        <translation>يمكنك العمل به دون اتصال بدلًا من Groq، دون مفتاح: لا يغادر شيء هذا الحاسوب، ولا تستند الأسئلة إلى مصادر من الويب.</translation>
    </message>
    <message>
        <source>Server on this computer</source>
        <translation>خادم على هذا الحاسوب</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>A server found on this computer, e.g. &quot;LM Studio (localhost:1234): qwen2.5-7b&quot;</extracomment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n chat servers are running on this computer.</source>
        <translation>
            <numerusform>لا يعمل أي خادم محادثة على هذا الحاسوب.</numerusform>
            <numerusform>يعمل خادم محادثة واحد على هذا الحاسوب.</numerusform>
            <numerusform>يعمل خادما محادثة على هذا الحاسوب.</numerusform>
            <numerusform>تعمل %Ln خوادم محادثة على هذا الحاسوب.</numerusform>
            <numerusform>يعمل %Ln خادمًا للمحادثة على هذا الحاسوب.</numerusform>
            <numerusform>يعمل %Ln خادم محادثة على هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose one to work offline with it instead of Groq, without a key: nothing leaves this computer, and questions are not grounded in web sources.</source>
        <translation>اختر واحدًا لتعمل به دون اتصال بدلًا من Groq، دون مفتاح: لا يغادر شيء هذا الحاسوب، ولا تستند الأسئلة إلى مصادر من الويب.</translation>
    </message>
    <message>
        <source>%1 is running on this computer (%2) with the model %3.</source>
        <extracomment>%1 a server&apos;s name (Ollama, LM Studio, …), %2 its address, %3 its model</extracomment>
        <translation>يعمل %1 على هذا الحاسوب (%2) بالنموذج %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is running on this computer (%2) with %n models, e.g. %3.</source>
        <translation>
            <numerusform>يعمل %1 على هذا الحاسوب (%2) بالنموذج %3.</numerusform>
            <numerusform>يعمل %1 على هذا الحاسوب (%2) بنموذج واحد: %3.</numerusform>
            <numerusform>يعمل %1 على هذا الحاسوب (%2) بنموذجين، مثل %3.</numerusform>
            <numerusform>يعمل %1 على هذا الحاسوب (%2) بـ%Ln نماذج، مثل %3.</numerusform>
            <numerusform>يعمل %1 على هذا الحاسوب (%2) بـ%Ln نموذجًا، مثل %3.</numerusform>
            <numerusform>يعمل %1 على هذا الحاسوب (%2) بـ%Ln نموذج، مثل %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Work Offline with %1</source>
        <extracomment>%1 a server&apos;s name: Ollama, LM Studio, llama.cpp, …</extracomment>
        <translation>العمل دون اتصال مع %1</translation>
    </message>
    <message>
        <source>Work offline with %1 on this computer</source>
        <translation>العمل دون اتصال مع %1 على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Offline mode: skills and questions from %1 on this computer (model %2), without a key; nothing leaves this computer</source>
        <translation>وضع عدم الاتصال: المهارات والأسئلة من %1 على هذا الحاسوب (النموذج %2)، دون مفتاح؛ لا يغادر شيء هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>ip::GeminiProvider</name>
    <message>
        <source>No API key for %1 — enter one in Settings.</source>
        <translation>لا يوجد مفتاح API لـ %1 — أدخل مفتاحًا في الإعدادات.</translation>
    </message>
</context>
<context>
    <name>ip::GenerationStage</name>
    <message>
        <source>Too large for the token limit (%1) even alone and without research notes</source>
        <translation>كبير جدًا على حد الرموز (%1) حتى وحده ودون ملاحظات البحث</translation>
    </message>
    <message>
        <source>Research notes did not fit the token limit</source>
        <translation>لم تتسع ملاحظات البحث ضمن حد الرموز</translation>
    </message>
    <message>
        <source>The model returned no questions for this skill</source>
        <translation>لم يُرجع النموذج أي أسئلة لهذه المهارة</translation>
    </message>
    <message>
        <source>The answer left out %1; asking again</source>
        <translation>أغفلت الإجابة %1؛ سيُعاد السؤال</translation>
    </message>
    <message>
        <source>%1 found the request too large; splitting it</source>
        <translation>وجد %1 الطلب كبيرًا جدًا؛ سيُقسَّم</translation>
    </message>
    <message>
        <source>%1 found the request too large; shortening the notes for %2</source>
        <translation>وجد %1 الطلب كبيرًا جدًا؛ ستُختصر الملاحظات الخاصة بـ %2</translation>
    </message>
    <message>
        <source>The answer broke off after some questions: %1</source>
        <translation>انقطعت الإجابة بعد بعض الأسئلة: %1</translation>
    </message>
</context>
<context>
    <name>ip::GradeStage</name>
    <message>
        <source>The grade could not be read: %1</source>
        <translation>تعذّرت قراءة التقييم: %1</translation>
    </message>
    <message>
        <source>Could not grade the answer: %1</source>
        <translation>تعذّر تقييم الإجابة: %1</translation>
    </message>
</context>
<context>
    <name>ip::HeadlessRun</name>
    <message>
        <source>interview-prep: error: %1</source>
        <translation>interview-prep: خطأ: %1</translation>
    </message>
    <message>
        <source>The output path %1 is a folder; give a file name.</source>
        <translation>مسار الإخراج %1 مجلد؛ حدّد اسم ملف.</translation>
    </message>
    <message>
        <source>Interrupted: stopping and writing what is done…</source>
        <translation>توقف بطلب: يجري الإيقاف وكتابة ما اكتمل…</translation>
    </message>
    <message>
        <source>Interrupted before the run started.</source>
        <translation>توقف قبل أن يبدأ التشغيل.</translation>
    </message>
    <message>
        <source>No API key for %1: set GROQ_API_KEY or save a key in the app&apos;s settings.</source>
        <translation>لا يوجد مفتاح API لـ %1: عيّن GROQ_API_KEY أو احفظ مفتاحًا في إعدادات التطبيق.</translation>
    </message>
    <message>
        <source>No Gemini key (GEMINI_API_KEY): questions are written without web sources.</source>
        <translation>لا يوجد مفتاح Gemini (GEMINI_API_KEY): ستُكتب الأسئلة دون مصادر من الويب.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>لا أسئلة</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%Ln أسئلة</numerusform>
            <numerusform>%Ln سؤالًا</numerusform>
            <numerusform>%Ln سؤال</numerusform>
        </translation>
    </message>
    <message>
        <source>  done: %1 (%2, %3)</source>
        <translation>  اكتمل: %1 (%2، %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>لا مصادر</numerusform>
            <numerusform>مصدر واحد</numerusform>
            <numerusform>مصدران</numerusform>
            <numerusform>%Ln مصادر</numerusform>
            <numerusform>%Ln مصدرًا</numerusform>
            <numerusform>%Ln مصدر</numerusform>
        </translation>
    </message>
    <message>
        <source>  done: %1 (%2, no web sources: %3)</source>
        <translation>  اكتمل: %1 (%2، دون مصادر من الويب: %3)</translation>
    </message>
    <message>
        <source>  failed: %1 (%2)</source>
        <translation>  فشل: %1 (%2)</translation>
    </message>
    <message>
        <source>Could not write the report to standard output.</source>
        <translation>تعذرت كتابة التقرير إلى المخرج القياسي.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>كُتب التقرير في %1</translation>
    </message>
    <message>
        <source>Session %1 has nothing left to do.</source>
        <translation>لم يبقَ شيء لتنفيذه في الجلسة %1.</translation>
    </message>
    <message>
        <source>Warning: the session is not saved: %1</source>
        <translation>تحذير: لم تُحفظ الجلسة: %1</translation>
    </message>
    <message>
        <source>Continuing session %1 (%2)</source>
        <translation>متابعة الجلسة %1 (%2)</translation>
    </message>
    <message>
        <source>The run is saved as session %1; continue it with --resume %1</source>
        <translation>حُفظ التشغيل بوصفه الجلسة %1؛ تابعه باستخدام --resume %1</translation>
    </message>
    <message>
        <source>Several resumes need -o FOLDER: one report per resume is written there.</source>
        <translation>تحتاج عدة سير ذاتية إلى -o مجلد: يُكتب فيه تقرير لكل سيرة ذاتية.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the reports.</source>
        <translation>تعذّر إنشاء المجلد %1 للتقارير.</translation>
    </message>
    <message>
        <source>Resume %1 of %2: %3</source>
        <translation>السيرة الذاتية %1 من %2: %3</translation>
    </message>
    <message>
        <source>Limits: Groq %1 tokens and %2 requests a minute per model; Gemini %3 requests a minute. Nothing was sent.</source>
        <translation>الحدود: Groq %1 رمز و%2 طلب في الدقيقة لكل نموذج؛ Gemini %3 طلب في الدقيقة. لم يُرسل شيء.</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Spent: %1</source>
        <translation>المُستهلك: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 %3, %n request(s), about %4 tokens (%5 declared at admission), %6</source>
        <translation>
            <numerusform>%1: %2 %3، لا طلبات، نحو %4 رمز (%5 مُعلنة عند القبول)، %6</numerusform>
            <numerusform>%1: %2 %3، طلب واحد، نحو %4 رمز (%5 مُعلنة عند القبول)، %6</numerusform>
            <numerusform>%1: %2 %3، طلبان، نحو %4 رمز (%5 مُعلنة عند القبول)، %6</numerusform>
            <numerusform>%1: %2 %3، %Ln طلبات، نحو %4 رمز (%5 مُعلنة عند القبول)، %6</numerusform>
            <numerusform>%1: %2 %3، %Ln طلبًا، نحو %4 رمز (%5 مُعلنة عند القبول)، %6</numerusform>
            <numerusform>%1: %2 %3، %Ln طلب، نحو %4 رمز (%5 مُعلنة عند القبول)، %6</numerusform>
        </translation>
    </message>
    <message>
        <source>The job description %1 has no text.</source>
        <translation>وصف الوظيفة %1 لا يحتوي على نص.</translation>
    </message>
    <message numerus="yes">
        <source>Targeting the job in %1 (%n character(s))</source>
        <translation>
            <numerusform>استهداف الوظيفة في %1 (لا أحرف)</numerusform>
            <numerusform>استهداف الوظيفة في %1 (حرف واحد)</numerusform>
            <numerusform>استهداف الوظيفة في %1 (حرفان)</numerusform>
            <numerusform>استهداف الوظيفة في %1 (%Ln أحرف)</numerusform>
            <numerusform>استهداف الوظيفة في %1 (%Ln حرفًا)</numerusform>
            <numerusform>استهداف الوظيفة في %1 (%Ln حرف)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the job description %1: %2</source>
        <translation>تعذرت قراءة وصف الوظيفة %1: %2</translation>
    </message>
    <message>
        <source>  not on the resume: %1 (%2)</source>
        <translation>  ليست في السيرة الذاتية: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ip::HistoryDialog</name>
    <message>
        <source>Complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>جزئي</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 skills)</source>
        <translation>‏%1 (%2 من أصل %3)</translation>
    </message>
    <message>
        <source>(no resume read)</source>
        <translation>(لم تُقرأ سيرة ذاتية)</translation>
    </message>
    <message>
        <source>Some saved runs could not be read and are not listed:</source>
        <translation>تعذرت قراءة بعض التشغيلات المحفوظة فلم تُدرج:</translation>
    </message>
    <message>
        <source>Delete this run?</source>
        <translation>حذف هذا التشغيل؟</translation>
    </message>
    <message>
        <source>Delete the saved run of “%1” from %2? Its questions cannot be recovered.</source>
        <translation>حذف التشغيل المحفوظ لـ «%1» بتاريخ %2؟ لا يمكن استعادة أسئلته.</translation>
    </message>
    <message>
        <source>Delete every run?</source>
        <translation>حذف كل التشغيلات؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n saved run(s)? Their questions cannot be recovered.</source>
        <translation>
            <numerusform>لا توجد تشغيلات محفوظة لحذفها.</numerusform>
            <numerusform>حذف التشغيل المحفوظ الوحيد؟ لا يمكن استعادة أسئلته.</numerusform>
            <numerusform>حذف التشغيلين المحفوظين؟ لا يمكن استعادة أسئلتهما.</numerusform>
            <numerusform>حذف التشغيلات المحفوظة الـ %Ln كلها؟ لا يمكن استعادة أسئلتها.</numerusform>
            <numerusform>حذف التشغيلات المحفوظة الـ %Ln كلها؟ لا يمكن استعادة أسئلتها.</numerusform>
            <numerusform>حذف التشغيلات المحفوظة الـ %Ln كلها؟ لا يمكن استعادة أسئلتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the cache?</source>
        <translation>مسح الذاكرة المؤقتة؟</translation>
    </message>
    <message>
        <source>Forget every cached skill list, web search and question set? Running a resume again will then ask the providers (and use their quota) again. Saved runs are kept.</source>
        <translation>نسيان كل قوائم المهارات وعمليات البحث على الويب ومجموعات الأسئلة المخزنة مؤقتًا؟ عندها سيسأل تشغيل السيرة الذاتية مجددًا المزوّدين (ويستهلك حصتهم) من جديد. تبقى التشغيلات المحفوظة.</translation>
    </message>
    <message>
        <source>The cache is empty now.</source>
        <translation>الذاكرة المؤقتة فارغة الآن.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Every run is saved as it goes. Open one to see its questions again, or continue a run that stopped early: only the missing work is requested.</source>
        <translation>يُحفظ كل تشغيل أثناء سيره. افتح أحدها لترى أسئلته مجددًا، أو تابع تشغيلًا توقف مبكرًا: لا يُطلب إلا العمل الناقص.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>السيرة الذاتية</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>التشغيلات المحفوظة</translation>
    </message>
    <message>
        <source>No saved runs yet. Open a resume: its run is saved here automatically.</source>
        <translation>لا توجد تشغيلات محفوظة بعد. افتح سيرة ذاتية: يُحفظ تشغيلها هنا تلقائيًا.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح (&amp;O)</translation>
    </message>
    <message>
        <source>Show this run&apos;s questions</source>
        <translation>اعرض أسئلة هذا التشغيل</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>متابعة (&amp;C)</translation>
    </message>
    <message>
        <source>Finish this run: only the skills without questions are requested</source>
        <translation>أكمل هذا التشغيل: لا تُطلب إلا المهارات التي بلا أسئلة</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف (&amp;D)</translation>
    </message>
    <message>
        <source>Delete &amp;All…</source>
        <translation>حذف الكل (&amp;A)…</translation>
    </message>
    <message>
        <source>Clear C&amp;ache…</source>
        <translation>مسح الذاكرة المؤقتة (&amp;A)…</translation>
    </message>
    <message>
        <source>Forget cached results, so the next run asks the providers again</source>
        <translation>انسَ النتائج المخزنة مؤقتًا، ليسأل التشغيل التالي المزوّدين من جديد</translation>
    </message>
</context>
<context>
    <name>ip::HttpTranscriptionCall</name>
    <message>
        <source>No API key for %1 speech to text — enter the Groq key in Settings.</source>
        <translation>لا مفتاح API لتحويل الكلام إلى نص لدى %1 — أدخل مفتاح Groq في الإعدادات.</translation>
    </message>
    <message>
        <source>The recording is larger than %1&apos;s upload limit (%2 MB) and cannot be cut into parts: %3</source>
        <translation>التسجيل أكبر من حدّ الرفع لدى %1 ‏(%2 ميغابايت) ولا يمكن تقسيمه إلى أجزاء: %3</translation>
    </message>
    <message>
        <source>This part of the recording is longer than %1&apos;s audio allowance per hour — record a shorter answer.</source>
        <translation>هذا الجزء من التسجيل أطول من حصة الصوت في الساعة لدى %1 — سجّل إجابة أقصر.</translation>
    </message>
    <message>
        <source>%1&apos;s transcription could not be read: %2</source>
        <translation>تعذّرت قراءة تفريغ %1: %2</translation>
    </message>
    <message>
        <source>The recording is too large for %1 — record a shorter answer, or lower the upload limit so that it is sent in parts.</source>
        <translation>التسجيل كبير جدًا على %1 — سجّل إجابة أقصر، أو اخفض حدّ الرفع ليُرسل على أجزاء.</translation>
    </message>
    <message>
        <source>%1 could not take this recording (HTTP %2) — check the speech model in Settings.</source>
        <translation>لم يستطع %1 قبول هذا التسجيل (HTTP %2) — تحقّق من نموذج الكلام في الإعدادات.</translation>
    </message>
    <message>
        <source>%1 could not take this recording (HTTP %2): %3</source>
        <translation>لم يستطع %1 قبول هذا التسجيل (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1&apos;s speech-to-text allowance is used up for now — try again in %2 minutes.</source>
        <translation>نفدت حصة تحويل الكلام إلى نص لدى %1 حاليًا — حاول مجددًا بعد %2 دقيقة.</translation>
    </message>
</context>
<context>
    <name>ip::InterviewPipeline</name>
    <message>
        <source>Regenerating %1</source>
        <translation>يُعاد توليد %1</translation>
    </message>
    <message>
        <source>Batch %1/%2</source>
        <translation>الدفعة %1/%2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>قراءة %1</translation>
    </message>
    <message>
        <source>The resume is long; only its first %1 characters are used.</source>
        <translation>السيرة الذاتية طويلة؛ يُستخدم منها أول %1 حرف فقط.</translation>
    </message>
    <message>
        <source>The resume has no text to read skills from.</source>
        <translation>لا تحتوي السيرة الذاتية على نص تُستخرج منه المهارات.</translation>
    </message>
    <message>
        <source>No provider is configured for writing questions.</source>
        <translation>لم يُهيَّأ أي مزوّد لكتابة الأسئلة.</translation>
    </message>
    <message>
        <source>Extracting skills with %1 (%2)</source>
        <translation>استخراج المهارات باستخدام %1 (%2)</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message numerus="yes">
        <source>Found %n skill(s): %1</source>
        <translation>
            <numerusform>لم يُعثر على مهارات: %1</numerusform>
            <numerusform>عُثر على مهارة واحدة: %1</numerusform>
            <numerusform>عُثر على مهارتين: %1</numerusform>
            <numerusform>عُثر على %Ln مهارات: %1</numerusform>
            <numerusform>عُثر على %Ln مهارة: %1</numerusform>
            <numerusform>عُثر على %Ln مهارة: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>No web search provider is configured</source>
        <translation>لم يُهيَّأ أي مزوّد للبحث على الويب</translation>
    </message>
    <message>
        <source>Web search grounding is switched off in Settings</source>
        <translation>الاستناد إلى البحث على الويب مُعطَّل في الإعدادات</translation>
    </message>
    <message>
        <source>%1: searching the web for %2</source>
        <translation>‏%1: البحث على الويب عن %2</translation>
    </message>
    <message>
        <source>Source discovery stopped: %1</source>
        <translation>توقف البحث عن المصادر: %1</translation>
    </message>
    <message>
        <source>%1: writing questions</source>
        <translation>‏%1: كتابة الأسئلة</translation>
    </message>
    <message>
        <source>Not generated: %1</source>
        <translation>لم يُولَّد: %1</translation>
    </message>
    <message>
        <source>%1 stopped the run: %2</source>
        <translation>أوقف %1 التشغيل: %2</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>‏%1: اكتمل</translation>
    </message>
    <message>
        <source>Regenerating %1 did not work (%2); the earlier questions are kept.</source>
        <translation>لم تنجح إعادة توليد %1 (%2)؛ ستُحفظ الأسئلة السابقة.</translation>
    </message>
    <message>
        <source>The resume “%1” has changed since this session was saved; start a new run instead of continuing.</source>
        <translation>تغيّرت السيرة الذاتية «%1» منذ حفظ هذه الجلسة؛ ابدأ تشغيلًا جديدًا بدلًا من المتابعة.</translation>
    </message>
    <message>
        <source>Skills from the cache (no request)</source>
        <translation>المهارات من الذاكرة المؤقتة (دون طلب)</translation>
    </message>
    <message numerus="yes">
        <source>Continuing: %n skill(s) still need questions</source>
        <translation>
            <numerusform>متابعة: لا مهارات تحتاج إلى أسئلة</numerusform>
            <numerusform>متابعة: مهارة واحدة ما زالت تحتاج إلى أسئلة</numerusform>
            <numerusform>متابعة: مهارتان ما زالتا تحتاجان إلى أسئلة</numerusform>
            <numerusform>متابعة: %Ln مهارات ما زالت تحتاج إلى أسئلة</numerusform>
            <numerusform>متابعة: %Ln مهارة ما زالت تحتاج إلى أسئلة</numerusform>
            <numerusform>متابعة: %Ln مهارة ما زالت تحتاج إلى أسئلة</numerusform>
        </translation>
    </message>
    <message>
        <source>This session does not say where its resume is; open the resume to start a new run.</source>
        <translation>لا تذكر هذه الجلسة مكان سيرتها الذاتية؛ افتح السيرة الذاتية لبدء تشغيل جديد.</translation>
    </message>
    <message>
        <source>%1: web notes for %2 from the cache (no request)</source>
        <translation>‏%1: ملاحظات الويب عن %2 من الذاكرة المؤقتة (دون طلب)</translation>
    </message>
    <message>
        <source>%1: questions for %2 from the cache (no request)</source>
        <translation>‏%1: أسئلة %2 من الذاكرة المؤقتة (دون طلب)</translation>
    </message>
    <message>
        <source>Estimate: %1</source>
        <translation>التقدير: %1</translation>
    </message>
    <message>
        <source>Personal data kept out of what is sent: %1 (placeholders; the results show the originals)</source>
        <translation>بيانات شخصية لم تُرسل: %1 (عناصر نائبة؛ تُظهر النتائج الأصل)</translation>
    </message>
    <message>
        <source>Reading page %1 of %2 (OCR)</source>
        <translation>قراءة الصفحة %1 من %2 (OCR)</translation>
    </message>
    <message numerus="yes">
        <source>Text recognition (OCR) read %n page(s) of the resume, mean confidence %1 %.</source>
        <translation>
            <numerusform>لم يقرأ التعرف على النص (OCR) أي صفحة من السيرة الذاتية، متوسط الثقة %1 %.</numerusform>
            <numerusform>قرأ التعرف على النص (OCR) صفحة واحدة من السيرة الذاتية، متوسط الثقة %1 %.</numerusform>
            <numerusform>قرأ التعرف على النص (OCR) صفحتين من السيرة الذاتية، متوسط الثقة %1 %.</numerusform>
            <numerusform>قرأ التعرف على النص (OCR) %Ln صفحات من السيرة الذاتية، متوسط الثقة %1 %.</numerusform>
            <numerusform>قرأ التعرف على النص (OCR) %Ln صفحة من السيرة الذاتية، متوسط الثقة %1 %.</numerusform>
            <numerusform>قرأ التعرف على النص (OCR) %Ln صفحة من السيرة الذاتية، متوسط الثقة %1 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the text recognition is not confident (%1 % &lt; %2 %); skills and questions may miss or misread words. A text PDF of the resume gives better results.</source>
        <translation>تحذير: التعرف على النص غير واثق (%1 % &lt; %2 %)؛ قد تفوت المهاراتِ والأسئلةَ كلماتٌ أو تُقرأ خطأً. ملف PDF نصي للسيرة الذاتية يعطي نتائج أفضل.</translation>
    </message>
    <message>
        <source>Waiting for you to allow what is sent to %1</source>
        <translation>بانتظار سماحك بما سيُرسل إلى %1</translation>
    </message>
    <message>
        <source>Offline mode: no web research</source>
        <translation>وضع عدم الاتصال: لا بحث في الويب</translation>
    </message>
    <message>
        <source>Offline mode: nothing leaves this computer (skills and questions from %1 on this computer, model %2; no web research)</source>
        <translation>وضع عدم الاتصال: لا يغادر شيء هذا الحاسوب (المهارات والأسئلة من %1 على هذا الحاسوب، النموذج %2؛ لا بحث في الويب)</translation>
    </message>
    <message>
        <source>None of the skills given is a skill name.</source>
        <translation>لا توجد بين المهارات المعطاة أي مهارة باسم صالح.</translation>
    </message>
    <message>
        <source>Skills as given, none extracted (no request)</source>
        <translation>المهارات كما أُعطيت، دون استخراج (لا طلب)</translation>
    </message>
    <message numerus="yes">
        <source>Writing questions for the %n skill(s) you chose</source>
        <translation>
            <numerusform>لا مهارات مختارة</numerusform>
            <numerusform>تُكتب الأسئلة للمهارة التي اخترتها</numerusform>
            <numerusform>تُكتب الأسئلة للمهارتين اللتين اخترتهما</numerusform>
            <numerusform>تُكتب الأسئلة لـ %Ln مهارات اخترتها</numerusform>
            <numerusform>تُكتب الأسئلة لـ %Ln مهارة اخترتها</numerusform>
            <numerusform>تُكتب الأسئلة لـ %Ln مهارة اخترتها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Found %n skill(s); waiting for you to review them</source>
        <translation>
            <numerusform>لم يُعثر على مهارات</numerusform>
            <numerusform>عُثر على مهارة واحدة؛ بانتظار مراجعتك</numerusform>
            <numerusform>عُثر على مهارتين؛ بانتظار مراجعتك</numerusform>
            <numerusform>عُثر على %Ln مهارات؛ بانتظار مراجعتك</numerusform>
            <numerusform>عُثر على %Ln مهارة؛ بانتظار مراجعتك</numerusform>
            <numerusform>عُثر على %Ln مهارة؛ بانتظار مراجعتك</numerusform>
        </translation>
    </message>
    <message>
        <source>Ranking the skills by the job description</source>
        <translation>ترتيب المهارات حسب وصف الوظيفة</translation>
    </message>
    <message>
        <source>Not shown on the resume, so not taken as the candidate&apos;s skills: %1</source>
        <translation>لا تظهر في السيرة الذاتية، لذا لم تُعتبر من مهارات المرشح: %1</translation>
    </message>
    <message numerus="yes">
        <source>The job asks for %n skill(s) the resume does not show: %1</source>
        <translation>
            <numerusform>لا تطلب الوظيفة مهارات غائبة: %1</numerusform>
            <numerusform>تطلب الوظيفة مهارة واحدة لا تظهرها السيرة الذاتية: %1</numerusform>
            <numerusform>تطلب الوظيفة مهارتين لا تظهرهما السيرة الذاتية: %1</numerusform>
            <numerusform>تطلب الوظيفة %Ln مهارات لا تظهرها السيرة الذاتية: %1</numerusform>
            <numerusform>تطلب الوظيفة %Ln مهارة لا تظهرها السيرة الذاتية: %1</numerusform>
            <numerusform>تطلب الوظيفة %Ln مهارة لا تظهرها السيرة الذاتية: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing questions for the job&apos;s %n skill(s) not on the resume</source>
        <translation>
            <numerusform>لا مهارات للوظيفة خارج السيرة الذاتية</numerusform>
            <numerusform>تُكتب الأسئلة لمهارة واحدة للوظيفة ليست في السيرة الذاتية</numerusform>
            <numerusform>تُكتب الأسئلة لمهارتين للوظيفة ليستا في السيرة الذاتية</numerusform>
            <numerusform>تُكتب الأسئلة لـ %Ln مهارات للوظيفة ليست في السيرة الذاتية</numerusform>
            <numerusform>تُكتب الأسئلة لـ %Ln مهارة للوظيفة ليست في السيرة الذاتية</numerusform>
            <numerusform>تُكتب الأسئلة لـ %Ln مهارة للوظيفة ليست في السيرة الذاتية</numerusform>
        </translation>
    </message>
    <message>
        <source>Job</source>
        <translation>الوظيفة</translation>
    </message>
    <message numerus="yes">
        <source>Left out %n question(s) that repeated another question of the run</source>
        <translation>
            <numerusform>لم يُستبعد أي سؤال مكرر</numerusform>
            <numerusform>استُبعد سؤال واحد يكرر سؤالًا آخر في التشغيل</numerusform>
            <numerusform>استُبعد سؤالان يكرران أسئلة أخرى في التشغيل</numerusform>
            <numerusform>استُبعدت %Ln أسئلة تكرر أسئلة أخرى في التشغيل</numerusform>
            <numerusform>استُبعد %Ln سؤالًا تكرر أسئلة أخرى في التشغيل</numerusform>
            <numerusform>استُبعد %Ln سؤال تكرر أسئلة أخرى في التشغيل</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking for more questions for %1 did not work (%2); the questions it had are kept.</source>
        <translation>تعذر الحصول على أسئلة إضافية لـ %1 (%2)؛ بقيت أسئلتها السابقة.</translation>
    </message>
    <message>
        <source>Harder questions for %1</source>
        <translation>أسئلة أصعب لـ %1</translation>
    </message>
    <message>
        <source>More questions for %1</source>
        <translation>أسئلة إضافية لـ %1</translation>
    </message>
    <message>
        <source>Asking for harder questions for %1</source>
        <translation>طلب أسئلة أصعب لـ %1</translation>
    </message>
    <message>
        <source>Asking for more questions for %1</source>
        <translation>طلب أسئلة إضافية لـ %1</translation>
    </message>
</context>
<context>
    <name>ip::JobDialog</name>
    <message>
        <source>Target a Job</source>
        <translation>استهدف وظيفة</translation>
    </message>
    <message>
        <source>Paste the &amp;job description, or open or drop a file with it (.txt, .md or .pdf). The skills it asks for come first, and those your resume does not show get questions of their own.</source>
        <translation>الصق &amp;وصف الوظيفة، أو افتح ملفًا به أو أفلته هنا (.txt أو .md أو .pdf). تأتي المهارات التي يطلبها أولًا، وتحصل التي لا تظهرها سيرتك الذاتية على أسئلة خاصة بها.</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>وصف الوظيفة</translation>
    </message>
    <message>
        <source>The text of the job advertisement; a file dropped here is read into it</source>
        <translation>نص إعلان الوظيفة؛ يُقرأ فيه أي ملف يُفلت هنا</translation>
    </message>
    <message>
        <source>Paste the job description here</source>
        <translation>الصق وصف الوظيفة هنا</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>افتح ملفًا…</translation>
    </message>
    <message>
        <source>Open a job description file</source>
        <translation>افتح ملف وصف وظيفة</translation>
    </message>
    <message>
        <source>Read the job description from a .txt, .md or .pdf file</source>
        <translation>اقرأ وصف الوظيفة من ملف .txt أو .md أو .pdf</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>امسح</translation>
    </message>
    <message>
        <source>Clear the job description</source>
        <translation>امسح وصف الوظيفة</translation>
    </message>
    <message>
        <source>Job description message</source>
        <translation>رسالة وصف الوظيفة</translation>
    </message>
    <message>
        <source>Target This Job</source>
        <translation>استهدف هذه الوظيفة</translation>
    </message>
    <message>
        <source>Target this job</source>
        <translation>استهدف هذه الوظيفة</translation>
    </message>
    <message>
        <source>The next runs rank the skills by this job description</source>
        <translation>ترتب التشغيلات التالية المهارات حسب وصف الوظيفة هذا</translation>
    </message>
    <message>
        <source>Paste the job description, or open a file with it, first.</source>
        <translation>الصق وصف الوظيفة أو افتح ملفًا به أولًا.</translation>
    </message>
    <message>
        <source>Open a Job Description</source>
        <translation>افتح وصف وظيفة</translation>
    </message>
    <message>
        <source>Job descriptions (*.txt *.md *.pdf)</source>
        <translation>أوصاف الوظائف (*.txt *.md *.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>تُقرأ «%1»…</translation>
    </message>
    <message>
        <source>“%1” is not a text or PDF file. Choose a .txt, .md or .pdf file.</source>
        <translation>«%1» ليس ملف نص أو PDF. اختر ملف .txt أو .md أو .pdf.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>الملف «%1» غير موجود.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>«%1» ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <source>The file “%1” is too large for a job description (%2; at most %3).</source>
        <translation>الملف «%1» أكبر من أن يكون وصف وظيفة (%2؛ الحد الأقصى %3).</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>تعذرت قراءة الملف «%1»: %2</translation>
    </message>
    <message>
        <source>The file “%1” is not UTF-8 text.</source>
        <translation>الملف «%1» ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The file “%1” is empty.</source>
        <translation>الملف «%1» فارغ.</translation>
    </message>
    <message>
        <source>Read “%1”: only its first %2 characters are kept.</source>
        <translation>قُرئ «%1»: احتُفظ بأول %2 حرف فقط.</translation>
    </message>
    <message>
        <source>Read “%1”.</source>
        <translation>قُرئ «%1».</translation>
    </message>
    <message>
        <source>The file “%1” has no text.</source>
        <translation>الملف «%1» لا يحتوي على نص.</translation>
    </message>
    <message>
        <source>A job description is at most %1 characters: the rest was cut.</source>
        <translation>وصف الوظيفة %1 حرف على الأكثر: قُطع الباقي.</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 حرف</translation>
    </message>
</context>
<context>
    <name>ip::JobGapSection</name>
    <message>
        <source>the questions for %1</source>
        <translation>أسئلة %1</translation>
    </message>
    <message>
        <source>Copy questions</source>
        <translation>انسخ الأسئلة</translation>
    </message>
    <message>
        <source>Copy the questions for %1</source>
        <translation>انسخ أسئلة %1</translation>
    </message>
    <message>
        <source>Puts all questions for this skill of the job on the clipboard</source>
        <translation>يضع كل أسئلة مهارة الوظيفة هذه في الحافظة</translation>
    </message>
    <message>
        <source>Closest on your resume</source>
        <translation>الأقرب في سيرتك الذاتية</translation>
    </message>
    <message>
        <source>How to answer</source>
        <translation>كيف تجيب</translation>
    </message>
    <message>
        <source>Why no questions were written</source>
        <translation>لماذا لم تُكتب أسئلة</translation>
    </message>
    <message>
        <source>question %1 for %2</source>
        <translation>السؤال %1 عن %2</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>سؤال واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>لا أسئلة</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%Ln أسئلة</numerusform>
            <numerusform>%Ln سؤالًا</numerusform>
            <numerusform>%Ln سؤال</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on your resume</source>
        <translation>ليست في سيرتك الذاتية</translation>
    </message>
    <message>
        <source>The job asks for this skill and your resume does not show it: the questions test what you know nearby</source>
        <translation>تطلب الوظيفة هذه المهارة ولا تظهرها سيرتك الذاتية: تختبر الأسئلة ما تعرفه مما يقاربها</translation>
    </message>
    <message>
        <source>%1, asked for by the job, not on your resume</source>
        <translation>%1، تطلبها الوظيفة، ليست في سيرتك الذاتية</translation>
    </message>
    <message>
        <source>Expanded. Press Space to collapse.</source>
        <translation>موسَّع. اضغط المسافة للطي.</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to expand.</source>
        <translation>مطوي. اضغط المسافة للتوسيع.</translation>
    </message>
    <message>
        <source>Hide the questions</source>
        <translation>أخفِ الأسئلة</translation>
    </message>
    <message>
        <source>Show the questions</source>
        <translation>أظهر الأسئلة</translation>
    </message>
    <message>
        <source>Closest on your resume: nothing close was found.</source>
        <translation>الأقرب في سيرتك الذاتية: لم يوجد شيء قريب.</translation>
    </message>
    <message>
        <source>Closest on your resume: %1</source>
        <translation>الأقرب في سيرتك الذاتية: %1</translation>
    </message>
    <message>
        <source>How to answer: %1</source>
        <translation>كيف تجيب: %1</translation>
    </message>
    <message>
        <source>Writing questions…</source>
        <translation>تُكتب الأسئلة…</translation>
    </message>
    <message>
        <source>No questions.</source>
        <translation>لا أسئلة.</translation>
    </message>
</context>
<context>
    <name>ip::JobGapStage</name>
    <message>
        <source>The answer had no questions for this skill.</source>
        <translation>لم تتضمن الإجابة أسئلة لهذه المهارة.</translation>
    </message>
    <message>
        <source>Could not write questions for the job&apos;s other skills: %1</source>
        <translation>تعذرت كتابة الأسئلة لمهارات الوظيفة الأخرى: %1</translation>
    </message>
</context>
<context>
    <name>ip::KeyStore</name>
    <message>
        <source>“%1” is not a valid provider name.</source>
        <translation>«%1» ليس اسم مزوّد صالحًا.</translation>
    </message>
    <message>
        <source>The key for %1 is empty.</source>
        <translation>مفتاح %1 فارغ.</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>سلسلة مفاتيح macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>مدير بيانات الاعتماد في Windows</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service (GNOME Keyring / KWallet)</translation>
    </message>
    <message>
        <source>The key for %1 is kept in memory for this session only.</source>
        <translation>يُحتفظ بمفتاح %1 في الذاكرة لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>Could not store the key for %1: %2</source>
        <translation>تعذر تخزين مفتاح %1: %2</translation>
    </message>
    <message>
        <source>Enter the key for %1 again; it will be kept in memory for this session only.</source>
        <translation>أدخل مفتاح %1 مرة أخرى؛ سيُحتفظ به في الذاكرة لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>Could not read the key for %1: %2</source>
        <translation>تعذرت قراءة مفتاح %1: %2</translation>
    </message>
    <message>
        <source>Could not delete the key for %1: %2</source>
        <translation>تعذر حذف مفتاح %1: %2</translation>
    </message>
    <message>
        <source>Access to the system keychain (%1) was denied.</source>
        <translation>رُفض الوصول إلى سلسلة مفاتيح النظام (%1).</translation>
    </message>
    <message>
        <source>The system keychain (%1) refused access; it may be locked.</source>
        <translation>رفضت سلسلة مفاتيح النظام (%1) الوصول؛ ربما هي مقفلة.</translation>
    </message>
    <message>
        <source>No system keychain is available: there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so the Secret Service (GNOME Keyring or KWallet) cannot be reached.</source>
        <translation>لا تتوفر سلسلة مفاتيح للنظام: لا يوجد ناقل جلسة D-Bus (لم يُعيَّن DBUS_SESSION_BUS_ADDRESS)، لذا يتعذر الوصول إلى Secret Service (GNOME Keyring أو KWallet).</translation>
    </message>
    <message>
        <source>No system keychain is available: the Secret Service (GNOME Keyring or KWallet) could not be reached over the D-Bus session bus. Install and unlock GNOME Keyring or KWallet to store keys permanently.</source>
        <translation>لا تتوفر سلسلة مفاتيح للنظام: تعذر الوصول إلى Secret Service (GNOME Keyring أو KWallet) عبر ناقل جلسة D-Bus. ثبّت GNOME Keyring أو KWallet وافتح قفله لتخزين المفاتيح بشكل دائم.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1).</source>
        <translation>لا تتوفر سلسلة مفاتيح للنظام (%1).</translation>
    </message>
    <message>
        <source>(Keychain said: %1)</source>
        <translation>(رسالة سلسلة المفاتيح: %1)</translation>
    </message>
</context>
<context>
    <name>ip::LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>افتراضي النظام (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>لغة الواجهة (&amp;I):</translation>
    </message>
    <message>
        <source>The interface language changes the next time Interview Prep starts.</source>
        <translation>تتغير لغة الواجهة عند تشغيل Interview Prep في المرة القادمة.</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>مثل لغة الواجهة</translation>
    </message>
    <message>
        <source>Question language</source>
        <translation>لغة الأسئلة</translation>
    </message>
    <message>
        <source>The language the questions are written in; the prompts to the models stay in English</source>
        <translation>اللغة التي تُكتب بها الأسئلة؛ تبقى التعليمات الموجهة إلى النماذج بالإنجليزية</translation>
    </message>
    <message>
        <source>&amp;Questions in:</source>
        <translation>لغة الأسئلة (&amp;Q):</translation>
    </message>
    <message>
        <source>Scanned resumes and photos</source>
        <translation>السير الذاتية الممسوحة والصور</translation>
    </message>
    <message>
        <source>&amp;Read scanned resumes and photos with text recognition</source>
        <translation>ا&amp;قرأ السير الذاتية الممسوحة والصور بالتعرف على النص</translation>
    </message>
    <message>
        <source>Pages without a text layer, and PNG or JPEG resumes, are read on this computer (Tesseract); nothing is sent for it</source>
        <translation>تُقرأ الصفحات التي لا طبقة نص فيها والسير الذاتية بصيغة PNG أو JPEG على هذا الحاسوب (Tesseract)؛ ولا يُرسل شيء لذلك</translation>
    </message>
    <message>
        <source>The interface and question languages</source>
        <translation>لغتا الواجهة والأسئلة</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>الإنجليزية فقط</translation>
    </message>
    <message>
        <source>Text recognition language besides English</source>
        <translation>لغة التعرف على النص إلى جانب الإنجليزية</translation>
    </message>
    <message>
        <source>English &amp;and:</source>
        <translation>الإنجليزية &amp;و:</translation>
    </message>
</context>
<context>
    <name>ip::LevelChoice</name>
    <message>
        <source>Junior</source>
        <translation>مبتدئ</translation>
    </message>
    <message>
        <source>Mid-level</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>خبير</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>خبير رئيسي</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>أي مستوى</translation>
    </message>
</context>
<context>
    <name>ip::LimitsPage</name>
    <message>
        <source>Each run</source>
        <translation>كل تشغيل</translation>
    </message>
    <message>
        <source>&amp;Skills to pick:</source>
        <translation>المهارات المطلوب اختيارها (&amp;S):</translation>
    </message>
    <message>
        <source>How many skills are taken from the resume</source>
        <translation>عدد المهارات المأخوذة من السيرة الذاتية</translation>
    </message>
    <message>
        <source>&amp;Questions per skill:</source>
        <translation>الأسئلة لكل مهارة (&amp;Q):</translation>
    </message>
    <message>
        <source>How many questions are written for each skill</source>
        <translation>عدد الأسئلة المكتوبة لكل مهارة</translation>
    </message>
    <message>
        <source>Skills per &amp;batch:</source>
        <translation>المهارات في كل دفعة (&amp;B):</translation>
    </message>
    <message>
        <source>How many skills share one request</source>
        <translation>عدد المهارات التي يجمعها طلب واحد</translation>
    </message>
    <message>
        <source>Batches at &amp;once:</source>
        <translation>الدفعات في وقت واحد (&amp;O):</translation>
    </message>
    <message>
        <source>How many batches are worked on at the same time</source>
        <translation>عدد الدفعات التي يُعمل عليها في الوقت نفسه</translation>
    </message>
    <message>
        <source>Source &amp;searches at once:</source>
        <translation>عمليات البحث عن المصادر في وقت واحد (&amp;S):</translation>
    </message>
    <message>
        <source>How many web searches for sources run at the same time</source>
        <translation>عدد عمليات البحث على الويب عن المصادر التي تعمل في الوقت نفسه</translation>
    </message>
    <message>
        <source>Provider limits</source>
        <translation>حدود المزوّدين</translation>
    </message>
    <message>
        <source>Groq requests per minute:</source>
        <translation>طلبات Groq في الدقيقة:</translation>
    </message>
    <message>
        <source>Requests sent to the skills and questions provider per minute</source>
        <translation>الطلبات المرسلة إلى مزوّد المهارات والأسئلة في الدقيقة</translation>
    </message>
    <message>
        <source>Groq tokens per minute:</source>
        <translation>رموز Groq في الدقيقة:</translation>
    </message>
    <message>
        <source>Gemini requests per minute:</source>
        <translation>طلبات Gemini في الدقيقة:</translation>
    </message>
    <message>
        <source>Requests sent to Gemini per minute</source>
        <translation>الطلبات المرسلة إلى Gemini في الدقيقة</translation>
    </message>
    <message>
        <source>Gemini tokens per minute:</source>
        <translation>رموز Gemini في الدقيقة:</translation>
    </message>
    <message>
        <source>Token budget per minute of Gemini; Off for none</source>
        <translation>ميزانية الرموز في الدقيقة لـ Gemini؛ «إيقاف» لعدم وجود حد</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Timeouts and input</source>
        <translation>المهل والمدخلات</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>مهلة الطلب (&amp;T):</translation>
    </message>
    <message>
        <source>How long one request may take in total</source>
        <translation>أقصى مدة يستغرقها طلب واحد إجمالًا</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>Wait for first answer:</source>
        <translation>انتظار أول إجابة:</translation>
    </message>
    <message>
        <source>How long to wait for a provider to start answering</source>
        <translation>مدة انتظار بدء المزوّد في الإجابة</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>مرات إعادة المحاولة (&amp;R):</translation>
    </message>
    <message>
        <source>How often a failed request is tried again</source>
        <translation>عدد مرات إعادة محاولة الطلب الفاشل</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> ميغابايت</translation>
    </message>
    <message>
        <source>Largest resume file</source>
        <translation>أكبر حجم لملف السيرة الذاتية</translation>
    </message>
    <message>
        <source>Larger files are refused before reading</source>
        <translation>تُرفض الملفات الأكبر قبل قراءتها</translation>
    </message>
    <message>
        <source>Largest resume &amp;file:</source>
        <translation>أكبر ملف سيرة ذاتية (&amp;F):</translation>
    </message>
    <message>
        <source>Most PDF &amp;pages:</source>
        <translation>أقصى عدد من صفحات PDF (&amp;P):</translation>
    </message>
    <message>
        <source>Longer PDFs are refused</source>
        <translation>تُرفض ملفات PDF الأطول</translation>
    </message>
    <message>
        <source>Reasoning models (gpt-oss) think before they answer; the thinking counts against Groq&apos;s tokens per minute. Low is the fastest on the free tier.</source>
        <translation>نماذج الاستدلال (gpt-oss) تفكّر قبل أن تجيب، ويُحتسب تفكيرها من رموز Groq في الدقيقة. «منخفض» هو الأسرع في الفئة المجانية.</translation>
    </message>
    <message>
        <source>Thinking for s&amp;kills:</source>
        <translation>التفكير للمهارات (&amp;K):</translation>
    </message>
    <message>
        <source>Thinking for q&amp;uestions:</source>
        <translation>التفكير للأسئلة (&amp;U):</translation>
    </message>
    <message>
        <source>Token budget per minute of each model of the skills and questions provider; Off for none</source>
        <translation>ميزانية الرموز في الدقيقة لكل نموذج لدى مزوّد المهارات والأسئلة؛ «إيقاف» لعدم وجود حد</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>Role &amp;level:</source>
        <translation>م&amp;ستوى الوظيفة:</translation>
    </message>
    <message>
        <source>The level of the role you prepare for: junior questions stay with foundations, staff questions go to design across teams and long-term trade-offs</source>
        <translation>مستوى الوظيفة التي تستعد لها: أسئلة المبتدئ تبقى عند الأساسيات، وأسئلة الخبير الرئيسي تذهب إلى التصميم عبر الفرق والمفاضلات طويلة الأمد</translation>
    </message>
    <message>
        <source>Re&amp;view the skills before questions are written</source>
        <translation>را&amp;جع المهارات قبل كتابة الأسئلة</translation>
    </message>
    <message>
        <source>After the skills are found, the run waits while you rename, reorder, remove or add skills</source>
        <translation>بعد العثور على المهارات، ينتظر التشغيل بينما تعيد تسمية المهارات أو ترتيبها أو تحذفها أو تضيفها</translation>
    </message>
    <message>
        <source>&amp;Key points with every question</source>
        <translation>النقاط الأ&amp;ساسية مع كل سؤال</translation>
    </message>
    <message>
        <source>Three points a strong answer covers, behind “Show key points” and in the reports. They make each question about half again as long to write: on Groq&apos;s free tier a run of nine skills then needs a second minute of its token budget</source>
        <translation>ثلاث نقاط تغطيها الإجابة القوية، خلف «عرض النقاط الأساسية» وفي التقارير. تجعل كتابة كل سؤال أطول بنحو النصف: في الفئة المجانية من Groq يحتاج تشغيل من تسع مهارات عندها دقيقة ثانية من ميزانية رموزه</translation>
    </message>
</context>
<context>
    <name>ip::MainWindow</name>
    <message>
        <source>About %1</source>
        <translation>حول %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Deep technical interview questions from a resume.</source>
        <translation>أسئلة مقابلات تقنية معمّقة من سيرة ذاتية.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>فتح الأخيرة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>تشغيل (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open Resume…</source>
        <translation>فتح سيرة ذاتية (&amp;O)…</translation>
    </message>
    <message>
        <source>Choose a resume file (PDF, .txt or .md)</source>
        <translation>اختر ملف سيرة ذاتية (PDF أو .txt أو .md)</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>حفظ التقرير (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy All as Markdown</source>
        <translation>نسخ الكل بصيغة Markdown (&amp;C)</translation>
    </message>
    <message>
        <source>Put every skill&apos;s questions on the clipboard, as Markdown</source>
        <translation>ضع أسئلة كل المهارات في الحافظة بصيغة Markdown</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>أغلق التطبيق</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإعدادات (&amp;S)…</translation>
    </message>
    <message>
        <source>Providers, API keys and limits</source>
        <translation>المزوّدون ومفاتيح API والحدود</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>إلغاء التشغيل (&amp;C)</translation>
    </message>
    <message>
        <source>Stop the run and keep the questions written so far</source>
        <translation>أوقف التشغيل واحتفظ بالأسئلة المكتوبة حتى الآن</translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation>تشغيل مجددًا (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translation>توسيع الكل (&amp;E)</translation>
    </message>
    <message>
        <source>Show the questions of every skill</source>
        <translation>اعرض أسئلة كل المهارات</translation>
    </message>
    <message>
        <source>C&amp;ollapse All</source>
        <translation>طي الكل (&amp;O)</translation>
    </message>
    <message>
        <source>Hide the questions of every skill</source>
        <translation>أخفِ أسئلة كل المهارات</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>مسح القائمة (&amp;C)</translation>
    </message>
    <message>
        <source>Forget the recently opened resumes</source>
        <translation>انسَ السير الذاتية المفتوحة مؤخرًا</translation>
    </message>
    <message>
        <source>Getting &amp;API Keys</source>
        <translation>الحصول على مفاتيح &amp;API</translation>
    </message>
    <message>
        <source>What the app needs and where to get keys</source>
        <translation>ما يحتاجه التطبيق ومن أين تحصل على المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>حول %1 (&amp;A)</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>نسخ الكل</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>حفظ التقرير…</translation>
    </message>
    <message>
        <source>Main area</source>
        <translation>المنطقة الرئيسية</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Resumes (%1)</source>
        <translation>السير الذاتية (%1)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Text (*.txt *.md *.markdown)</source>
        <translation>نص (*.txt *.md *.markdown)</translation>
    </message>
    <message>
        <source>Open resume</source>
        <translation>فتح سيرة ذاتية</translation>
    </message>
    <message>
        <source>Replace the current run?</source>
        <translation>استبدال التشغيل الحالي؟</translation>
    </message>
    <message>
        <source>Questions for “%1” are still being written. Stop that run and read “%2” instead? What was written so far is discarded unless you saved it.</source>
        <translation>ما زالت أسئلة «%1» قيد الكتابة. هل تريد إيقاف ذلك التشغيل وقراءة «%2» بدلًا منه؟ سيُتجاهل ما كُتب حتى الآن ما لم تكن قد حفظته.</translation>
    </message>
    <message>
        <source>Done: 1 skill with questions.</source>
        <translation>اكتمل: مهارة واحدة بأسئلتها.</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n skills with questions.</source>
        <translation>
            <numerusform>اكتمل: لا مهارات بأسئلة.</numerusform>
            <numerusform>اكتمل: مهارة واحدة بأسئلتها.</numerusform>
            <numerusform>اكتمل: مهارتان بأسئلتهما.</numerusform>
            <numerusform>اكتمل: %Ln مهارات بأسئلتها.</numerusform>
            <numerusform>اكتمل: %Ln مهارة بأسئلتها.</numerusform>
            <numerusform>اكتمل: %Ln مهارة بأسئلتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release to read “%1”</source>
        <translation>أفلت لقراءة «%1»</translation>
    </message>
    <message>
        <source>Read the same resume again (work already done comes from the cache; Regenerate asks anew)</source>
        <translation>اقرأ السيرة الذاتية نفسها مجددًا (يأتي العمل المنجز من الذاكرة المؤقتة؛ «إعادة التوليد» تسأل من جديد)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>السجل (&amp;H)…</translation>
    </message>
    <message>
        <source>Saved runs: open, continue or delete them</source>
        <translation>التشغيلات المحفوظة: افتحها أو تابعها أو احذفها</translation>
    </message>
    <message>
        <source>Co&amp;ntinue Run</source>
        <translation>متابعة التشغيل (&amp;N)</translation>
    </message>
    <message>
        <source>Finish this run: only the skills without questions are requested</source>
        <translation>أكمل هذا التشغيل: لا تُطلب إلا المهارات التي بلا أسئلة</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>This run is not being saved: %1</source>
        <translation>لا يُحفظ هذا التشغيل: %1</translation>
    </message>
    <message>
        <source>Questions for “%1” are still being written. Stop that run (it stays in the history) and show the saved run of “%2” instead?</source>
        <translation>ما زالت أسئلة «%1» قيد الكتابة. هل تريد إيقاف ذلك التشغيل (يبقى في السجل) وعرض التشغيل المحفوظ لـ «%2» بدلًا منه؟</translation>
    </message>
    <message>
        <source>This run stopped before every skill had questions. Continue it to request only what is missing (Run ▸ Continue Run).</source>
        <translation>توقف هذا التشغيل قبل أن تحصل كل مهارة على أسئلتها. تابعه لطلب الناقص فقط (تشغيل ◂ متابعة التشغيل).</translation>
    </message>
    <message>
        <source>Opened the saved run of “%1”.</source>
        <translation>فُتح التشغيل المحفوظ لـ «%1».</translation>
    </message>
    <message>
        <source>Questions for “%1” are still being written. Stop that run (it stays in the history) and continue the saved run of “%2” instead?</source>
        <translation>ما زالت أسئلة «%1» قيد الكتابة. هل تريد إيقاف ذلك التشغيل (يبقى في السجل) ومتابعة التشغيل المحفوظ لـ «%2» بدلًا منه؟</translation>
    </message>
    <message>
        <source>Scans and photos (*.png *.jpg *.jpeg)</source>
        <translation>صور ممسوحة وملتقطة (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>What Was &amp;Sent…</source>
        <translation>ما الذي أُ&amp;رسل…</translation>
    </message>
    <message>
        <source>Every request of this run, exactly as Groq and Gemini received it (personal data kept back)</source>
        <translation>كل طلب في هذا التشغيل، تمامًا كما استلمه Groq وGemini (مع حجب البيانات الشخصية)</translation>
    </message>
    <message>
        <source>Offline: nothing leaves this computer</source>
        <translation>دون اتصال: لا يغادر شيء هذا الحاسوب</translation>
    </message>
    <message>
        <source>Offline mode: skills and questions from the server on this computer, no web research (Settings ▸ Privacy)</source>
        <translation>وضع عدم الاتصال: المهارات والأسئلة من الخادم على هذا الحاسوب، دون بحث في الويب (الإعدادات ▸ الخصوصية)</translation>
    </message>
    <message>
        <source>Target a &amp;Job…</source>
        <translation>استهدف &amp;وظيفة…</translation>
    </message>
    <message>
        <source>Paste or open a job description: the next runs rank the skills by it and ask about what it wants that the resume does not show</source>
        <translation>الصق وصف وظيفة أو افتحه: ترتب التشغيلات التالية المهارات حسبه وتسأل عما يطلبه ولا تظهره السيرة الذاتية</translation>
    </message>
    <message>
        <source>The next runs target the job “%1”.</source>
        <translation>تستهدف التشغيلات التالية الوظيفة «%1».</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>ت&amp;دريب</translation>
    </message>
    <message>
        <source>Practice &amp;Session…</source>
        <translation>&amp;جلسة تدريب…</translation>
    </message>
    <message>
        <source>Answer several questions in a row, graded one by one, then see what to work on</source>
        <translation>أجب عن عدة أسئلة متتالية تُقيَّم واحدًا تلو الآخر، ثم انظر فيما عليك العمل عليه</translation>
    </message>
    <message>
        <source>Practice &amp;Progress</source>
        <translation>&amp;تقدّم التدريب</translation>
    </message>
    <message>
        <source>Your scores per skill over time, and every answer</source>
        <translation>درجاتك لكل مهارة عبر الزمن، وكل إجابة</translation>
    </message>
    <message>
        <source>Save the questions as a text, Markdown, JSON or PDF report, or as Anki cards</source>
        <translation>احفظ الأسئلة تقريرًا نصيًا أو Markdown أو JSON أو PDF، أو بطاقات Anki</translation>
    </message>
    <message>
        <source>S&amp;tudy Deck…</source>
        <translation>&amp;بطاقات الدراسة…</translation>
    </message>
    <message>
        <source>Every saved run&apos;s questions as cards: review what is due today, export to PDF or Anki</source>
        <translation>أسئلة كل تشغيل محفوظ بطاقاتٍ: راجع ما يستحق اليوم، وصدّرها إلى PDF أو Anki</translation>
    </message>
    <message>
        <source>Offline mode is on: skills and questions come from %1 on this computer (model %2) and nothing leaves this computer. Switch it off in Settings ▸ Privacy to use Groq and Gemini.</source>
        <extracomment>%1 a server&apos;s name (Ollama, LM Studio, …), %2 its model</extracomment>
        <translation>وضع عدم الاتصال مفعّل: تأتي المهارات والأسئلة من %1 على هذا الحاسوب (النموذج %2) ولا يغادر شيء هذا الحاسوب. أوقفه من الإعدادات ▸ الخصوصية لاستخدام Groq وGemini.</translation>
    </message>
</context>
<context>
    <name>ip::OfflineMode</name>
    <message>
        <source>Offline mode uses a server on this computer only, and %1 is not one. Enter the address of a local server (such as http://localhost:11434/v1 for Ollama) in Settings ▸ Privacy.</source>
        <translation>يستخدم وضع عدم الاتصال خادمًا على هذا الحاسوب فقط، و%1 ليس كذلك. أدخل عنوان خادم محلي (مثل http://localhost:11434/v1 لـ Ollama) في الإعدادات ▸ الخصوصية.</translation>
    </message>
    <message>
        <source>Offline mode needs a model of the server on this computer: choose one in Settings ▸ Privacy.</source>
        <translation>يحتاج وضع عدم الاتصال إلى نموذج من الخادم على هذا الحاسوب: اختر واحدًا في الإعدادات ▸ الخصوصية.</translation>
    </message>
</context>
<context>
    <name>ip::OpenAiCompatibleProvider</name>
    <message>
        <source>No API key for %1 — enter one in Settings.</source>
        <translation>لا يوجد مفتاح API لـ %1 — أدخل مفتاحًا في الإعدادات.</translation>
    </message>
</context>
<context>
    <name>ip::PipelineStage</name>
    <message>
        <source>No provider is configured for this step.</source>
        <translation>لم يُهيَّأ أي مزوّد لهذه الخطوة.</translation>
    </message>
</context>
<context>
    <name>ip::Practice</name>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
</context>
<context>
    <name>ip::PracticePanel</name>
    <message>
        <source>Correct</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>العمق</translation>
    </message>
    <message>
        <source>Trade-offs</source>
        <translation>الموازنات</translation>
    </message>
    <message>
        <source>Clarity</source>
        <translation>الوضوح</translation>
    </message>
    <message>
        <source>Grading your answer…</source>
        <translation>يجري تقييم إجابتك…</translation>
    </message>
    <message>
        <source>Another answer is being graded.</source>
        <translation>تُقيَّم إجابة أخرى الآن.</translation>
    </message>
    <message>
        <source>Grade My Answer</source>
        <translation>قيّم إجابتي</translation>
    </message>
    <message>
        <source>Grades your answer against the key points and the sources (Ctrl+Enter)</source>
        <translation>يقيّم إجابتك وفق النقاط الأساسية والمصادر (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Grade my answer to question %1</source>
        <translation>قيّم إجابتي عن السؤال %1</translation>
    </message>
    <message>
        <source>I Don&apos;t Know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>Shows what a strong answer covers, scored 0 (no request is sent)</source>
        <translation>يعرض ما تغطيه الإجابة القوية، بدرجة 0 (لا يُرسل أي طلب)</translation>
    </message>
    <message>
        <source>I don&apos;t know the answer to question %1</source>
        <translation>لا أعرف إجابة السؤال %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop grading</source>
        <translation>أوقف التقييم</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Closes the practice of this question (Esc); your attempts stay saved</source>
        <translation>يغلق التدريب على هذا السؤال (Esc)؛ تبقى محاولاتك محفوظة</translation>
    </message>
    <message>
        <source>Close the practice of question %1</source>
        <translation>أغلق التدريب على السؤال %1</translation>
    </message>
    <message>
        <source>Answer as you would in the interview. Ctrl+Enter grades it, Esc closes.</source>
        <translation>أجب كما تجيب في المقابلة. Ctrl+Enter يقيّمها، وEsc يغلق.</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>سؤال متابعة: %1</translation>
    </message>
    <message>
        <source>Your answer (%1): I don&apos;t know</source>
        <translation>إجابتك (%1): لا أعرف</translation>
    </message>
    <message>
        <source>Your answer (%1): %2</source>
        <translation>إجابتك (%1): %2</translation>
    </message>
    <message>
        <source>Being graded…</source>
        <translation>يجري التقييم…</translation>
    </message>
    <message>
        <source>Not graded yet.</source>
        <translation>لم تُقيَّم بعد.</translation>
    </message>
    <message>
        <source>Not graded: %1</source>
        <translation>لم تُقيَّم: %1</translation>
    </message>
    <message>
        <source>Grade Again</source>
        <translation>قيّم مجددًا</translation>
    </message>
    <message>
        <source>Grade this answer again</source>
        <translation>قيّم هذه الإجابة مجددًا</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>criterion name, then its score</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Score %1/10 · %2</source>
        <translation>الدرجة %1/10 · %2</translation>
    </message>
    <message>
        <source>Score %1 out of 10</source>
        <translation>الدرجة %1 من 10</translation>
    </message>
    <message>
        <source>What a strong answer covers:</source>
        <translation>ما تغطيه الإجابة القوية:</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>مغطّاة</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>فائتة</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <comment>a verdict&apos;s source link</comment>
        <translation>(من %1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show a stronger answer</source>
        <translation>اعرض إجابة أقوى</translation>
    </message>
    <message>
        <source>Your answer made stronger with only what your resume shows and the sources say</source>
        <translation>إجابتك مقوّاة بما تُظهره سيرتك الذاتية وتقوله المصادر فقط</translation>
    </message>
    <message>
        <source>From your resume: “%1”</source>
        <translation>من سيرتك الذاتية: «%1»</translation>
    </message>
    <message>
        <source>No stronger answer: %1</source>
        <translation>لا إجابة أقوى: %1</translation>
    </message>
    <message>
        <source>%1/10 on %2</source>
        <translation>%1/10 في %2</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>غير مُقيَّمة</translation>
    </message>
    <message>
        <source>Earlier answers: %1</source>
        <translation>إجابات سابقة: %1</translation>
    </message>
    <message>
        <source>Your answer to the follow-up</source>
        <translation>إجابتك عن سؤال المتابعة</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <source>Answer again</source>
        <translation>أجب مجددًا</translation>
    </message>
    <message>
        <source>Your answer to question %1</source>
        <translation>إجابتك عن السؤال %1</translation>
    </message>
    <message>
        <source>Your recording: %1</source>
        <translation>تسجيلك: %1</translation>
    </message>
</context>
<context>
    <name>ip::PracticeSessionDialog</name>
    <message>
        <source>Practice Session</source>
        <translation>جلسة تدريب</translation>
    </message>
    <message>
        <source>&amp;Skills to practise:</source>
        <translation>ال&amp;مهارات المراد التدرّب عليها:</translation>
    </message>
    <message>
        <source>Skills to practise</source>
        <translation>المهارات المراد التدرّب عليها</translation>
    </message>
    <message>
        <source>&amp;Weakest first (the skills and questions you scored lowest on, or never answered)</source>
        <translation>الأ&amp;ضعف أولًا (المهارات والأسئلة التي نلت فيها أدنى الدرجات أو لم تُجب عنها قط)</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>الأ&amp;سئلة:</translation>
    </message>
    <message>
        <source>Number of questions</source>
        <translation>عدد الأسئلة</translation>
    </message>
    <message>
        <source>&amp;Time per answer:</source>
        <translation>ال&amp;وقت لكل إجابة:</translation>
    </message>
    <message>
        <source>Time per answer</source>
        <translation>الوقت لكل إجابة</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>لا دقائق</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Start the practice session</source>
        <translation>ابدأ جلسة التدريب</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <source>End Session</source>
        <translation>أنهِ الجلسة</translation>
    </message>
    <message>
        <source>End the session and see the summary</source>
        <translation>أنهِ الجلسة واعرض الملخص</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>المهارة</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>عدد الإجابات</translation>
    </message>
    <message>
        <source>Score per skill</source>
        <translation>الدرجة لكل مهارة</translation>
    </message>
    <message>
        <source>Your three weakest points</source>
        <translation>أضعف ثلاث نقاط لديك</translation>
    </message>
    <message>
        <source>What to read</source>
        <translation>ما ينبغي قراءته</translation>
    </message>
    <message>
        <source>Practise Again</source>
        <translation>تدرّب مجددًا</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Choose at least one skill with questions.</source>
        <translation>اختر مهارة واحدة على الأقل فيها أسئلة.</translation>
    </message>
    <message>
        <source>Question %1 of %2 · %3</source>
        <translation>السؤال %1 من %2 · %3</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <translation>الوقت المتبقي: %1</translation>
    </message>
    <message numerus="yes">
        <source>Time left: %n second(s)</source>
        <translation>
            <numerusform>الوقت المتبقي: لا ثوانٍ</numerusform>
            <numerusform>الوقت المتبقي: ثانية واحدة</numerusform>
            <numerusform>الوقت المتبقي: ثانيتان</numerusform>
            <numerusform>الوقت المتبقي: %Ln ثوانٍ</numerusform>
            <numerusform>الوقت المتبقي: %Ln ثانية</numerusform>
            <numerusform>الوقت المتبقي: %Ln ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message>
        <source>See Summary</source>
        <translation>اعرض الملخص</translation>
    </message>
    <message>
        <source>Next Question</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <source>See the summary</source>
        <translation>اعرض الملخص</translation>
    </message>
    <message>
        <source>No answer was graded in this session.</source>
        <translation>لم تُقيَّم أي إجابة في هذه الجلسة.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) graded, %1 out of 10 on average.</source>
        <translation>
            <numerusform>لم تُقيَّم أي إجابة، بمتوسط %1 من 10.</numerusform>
            <numerusform>قُيّمت إجابة واحدة، بمتوسط %1 من 10.</numerusform>
            <numerusform>قُيّمت إجابتان، بمتوسط %1 من 10.</numerusform>
            <numerusform>قُيّمت %Ln إجابات، بمتوسط %1 من 10.</numerusform>
            <numerusform>قُيّمت %Ln إجابة، بمتوسط %1 من 10.</numerusform>
            <numerusform>قُيّمت %Ln إجابة، بمتوسط %1 من 10.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message numerus="yes">
        <source>• %1 (%2; missed %n time(s))</source>
        <translation>
            <numerusform>• %1 (%2؛ لم تفت قط)</numerusform>
            <numerusform>• %1 (%2؛ فاتت مرة واحدة)</numerusform>
            <numerusform>• %1 (%2؛ فاتت مرتين)</numerusform>
            <numerusform>• %1 (%2؛ فاتت %Ln مرات)</numerusform>
            <numerusform>• %1 (%2؛ فاتت %Ln مرة)</numerusform>
            <numerusform>• %1 (%2؛ فاتت %Ln مرة)</numerusform>
        </translation>
    </message>
    <message>
        <source>No key point was missed.</source>
        <translation>لم تفت أي نقطة أساسية.</translation>
    </message>
</context>
<context>
    <name>ip::Prices</name>
    <message>
        <source>$%1</source>
        <extracomment>An amount in US dollars; %1 is the number in the interface&apos;s format (&quot;0.0042&quot;, &quot;0,0042&quot;).</extracomment>
        <translation>%1 دولار</translation>
    </message>
</context>
<context>
    <name>ip::PricesPage</name>
    <message>
        <source>Enter the prices your providers list, in US dollars. The estimate before a run and the meter after it then show what a run costs; where a price is empty they show &quot;—&quot;. Interview Prep never guesses a price (a free tier costs 0).</source>
        <translation>أدخل الأسعار التي يعلنها مزوّدوك بالدولار الأمريكي. عندها يُظهر التقدير قبل التشغيل والعدّاد بعده تكلفة التشغيل؛ وحيث يكون السعر فارغًا يُظهران «—». لا يخمّن Interview Prep أي سعر أبدًا (الفئة المجانية تكلّف 0).</translation>
    </message>
    <message>
        <source>Models in use</source>
        <translation>النماذج المستخدمة</translation>
    </message>
    <message>
        <source>Google Search grounding</source>
        <translation>الاستناد إلى بحث Google</translation>
    </message>
    <message>
        <source>Price of Google Search grounding, US dollars per 1,000 requests</source>
        <translation>سعر الاستناد إلى بحث Google، بالدولار الأمريكي لكل 1000 طلب</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Empty: unknown (costs show &quot;—&quot;)</source>
        <translation>فارغ: غير معروف (تظهر التكلفة «—»)</translation>
    </message>
    <message>
        <source>Input price of %1, US dollars per million tokens</source>
        <translation>سعر الإدخال لـ %1، بالدولار الأمريكي لكل مليون رمز</translation>
    </message>
    <message>
        <source>Output price of %1, US dollars per million tokens</source>
        <translation>سعر الإخراج لـ %1، بالدولار الأمريكي لكل مليون رمز</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>$ per 1,000 &amp;requests with a search:</source>
        <translation>$ لكل 1000 طلب فيه بحث (&amp;R):</translation>
    </message>
    <message>
        <source>Input, $ per 1M tokens</source>
        <translation>الإدخال، $ لكل مليون رمز</translation>
    </message>
    <message>
        <source>Output, $ per 1M tokens</source>
        <translation>الإخراج، $ لكل مليون رمز</translation>
    </message>
</context>
<context>
    <name>ip::PrivacyPage</name>
    <message>
        <source>What is sent</source>
        <translation>ما يُرسل</translation>
    </message>
    <message>
        <source>&amp;Keep my personal data out of what is sent (recommended)</source>
        <translation>عدم إرسال بياناتي الشخصية (مستحسن) (&amp;K)</translation>
    </message>
    <message>
        <source>Before anything goes to Groq or Gemini, the name, e-mail addresses, phone numbers, postal addresses, profile links, date of birth and id numbers found in the resume are replaced by placeholders such as [NAME] and [EMAIL_1]. Employers, schools, technologies and the numbers that describe the work stay: they are what the questions are about. The window and the reports show the originals again. It is found on this computer, by rules, not by a model.</source>
        <translation>قبل إرسال أي شيء إلى Groq أو Gemini، يُستبدل الاسم وعناوين البريد الإلكتروني وأرقام الهاتف والعناوين البريدية وروابط الملفات الشخصية وتاريخ الميلاد وأرقام الهوية الموجودة في السيرة الذاتية بعناصر نائبة مثل [NAME] و[EMAIL_1]. تبقى جهات العمل والمدارس والتقنيات والأرقام التي تصف العمل: فهي موضوع الأسئلة. تُظهر النافذة والتقارير الأصل من جديد. يتم العثور عليها على هذا الحاسوب، وفق قواعد، لا بواسطة نموذج.</translation>
    </message>
    <message>
        <source>Keep personal data out of what is sent</source>
        <translation>عدم إرسال البيانات الشخصية</translation>
    </message>
    <message>
        <source>&amp;Show me what will be sent before the first request to each provider</source>
        <translation>ا&amp;عرض ما سيُرسل قبل أول طلب إلى كل مزوّد</translation>
    </message>
    <message>
        <source>The run waits until you choose Send or Cancel. Whatever this setting, Run ▸ What Was Sent shows every request of the run afterwards.</source>
        <translation>ينتظر التشغيل حتى تختار «إرسال» أو «إلغاء». وأيًّا كان هذا الإعداد، تعرض القائمة تشغيل ▸ ما الذي أُرسل كل طلبات التشغيل بعد ذلك.</translation>
    </message>
    <message>
        <source>Offline mode</source>
        <translation>وضع عدم الاتصال</translation>
    </message>
    <message>
        <source>&amp;Work offline: nothing leaves this computer</source>
        <translation>ا&amp;عمل دون اتصال: لا يغادر شيء هذا الحاسوب</translation>
    </message>
    <message>
        <source>Skills and questions come from a server on this computer (Ollama, LM Studio or any OpenAI-compatible server), without a key; there is no web research, so questions are not grounded in web sources. Groq and Gemini receive nothing. The settings on the Providers page stay for when you switch it off.</source>
        <translation>تأتي المهارات والأسئلة من خادم على هذا الحاسوب (Ollama أو LM Studio أو أي خادم متوافق مع OpenAI)، دون مفتاح؛ لا يوجد بحث في الويب، لذا لا تستند الأسئلة إلى مصادر من الويب. لا يتلقى Groq وGemini شيئًا. تبقى إعدادات صفحة المزوّدين لحين إيقافه.</translation>
    </message>
    <message>
        <source>Address of the server on this computer</source>
        <translation>عنوان الخادم على هذا الحاسوب</translation>
    </message>
    <message>
        <source>e.g. llama3.2</source>
        <translation>مثل llama3.2</translation>
    </message>
    <message>
        <source>Model of the server on this computer</source>
        <translation>نموذج الخادم على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;عنوان الخادم:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>ال&amp;نموذج:</translation>
    </message>
    <message>
        <source>Offline mode needs the address of a server on this computer, such as http://localhost:11434/v1 (Ollama) or http://127.0.0.1:1234/v1 (LM Studio).</source>
        <translation>يحتاج وضع عدم الاتصال إلى عنوان خادم على هذا الحاسوب، مثل http://localhost:11434/v1 (Ollama) أو http://127.0.0.1:1234/v1 (LM Studio).</translation>
    </message>
    <message>
        <source>Enter the model to use, as the server names it (for Ollama: ollama list).</source>
        <translation>أدخل النموذج كما يسمّيه الخادم (في Ollama: ollama list).</translation>
    </message>
    <message>
        <source>&amp;Find Servers on This Computer</source>
        <translation>ال&amp;بحث عن خوادم على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Looks for Ollama, LM Studio, llama.cpp and other chat servers on their usual ports of this computer; nothing is sent elsewhere</source>
        <translation>يبحث عن Ollama وLM Studio وllama.cpp وخوادم محادثة أخرى على منافذها المعتادة في هذا الحاسوب؛ لا يُرسل شيء إلى مكان آخر</translation>
    </message>
    <message>
        <source>Servers found on this computer</source>
        <translation>الخوادم الموجودة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Looking for %1 on this computer…</source>
        <translation>جارٍ البحث عن %1 على هذا الحاسوب…</translation>
    </message>
    <message>
        <source>No chat server answered on this computer (looked for %1 on their usual ports). Start one, or enter its address and model below.</source>
        <translation>لم يُجب أي خادم محادثة على هذا الحاسوب (جرى البحث عن %1 على منافذها المعتادة). شغّل واحدًا، أو أدخل عنوانه ونموذجه أدناه.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Found %n chat servers on this computer; the address and model are filled in.</source>
        <translation>
            <numerusform>لم يُعثر على أي خادم محادثة على هذا الحاسوب.</numerusform>
            <numerusform>عُثر على خادم محادثة واحد على هذا الحاسوب؛ أُدخل عنوانه ونموذجه.</numerusform>
            <numerusform>عُثر على خادمي محادثة على هذا الحاسوب؛ أُدخل عنوان الأول ونموذجه.</numerusform>
            <numerusform>عُثر على %Ln خوادم محادثة على هذا الحاسوب؛ أُدخل عنوان الأول ونموذجه.</numerusform>
            <numerusform>عُثر على %Ln خادمًا للمحادثة على هذا الحاسوب؛ أُدخل عنوان الأول ونموذجه.</numerusform>
            <numerusform>عُثر على %Ln خادم محادثة على هذا الحاسوب؛ أُدخل عنوان الأول ونموذجه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::ProgressDialog</name>
    <message>
        <source>Correct %1 · Depth %2 · Trade-offs %3 · Clarity %4</source>
        <translation>الصحة %1 · العمق %2 · الموازنات %3 · الوضوح %4</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) graded, average %1 out of 10.</source>
        <translation>
            <numerusform>لا إجابات مُقيَّمة، المتوسط %1 من 10.</numerusform>
            <numerusform>إجابة واحدة مُقيَّمة، المتوسط %1 من 10.</numerusform>
            <numerusform>إجابتان مُقيَّمتان، المتوسط %1 من 10.</numerusform>
            <numerusform>%Ln إجابات مُقيَّمة، المتوسط %1 من 10.</numerusform>
            <numerusform>%Ln إجابة مُقيَّمة، المتوسط %1 من 10.</numerusform>
            <numerusform>%Ln إجابة مُقيَّمة، المتوسط %1 من 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n answer(s), average %2</source>
        <translation>
            <numerusform>%1: لا إجابات، المتوسط %2</numerusform>
            <numerusform>%1: إجابة واحدة، المتوسط %2</numerusform>
            <numerusform>%1: إجابتان، المتوسط %2</numerusform>
            <numerusform>%1: %Ln إجابات، المتوسط %2</numerusform>
            <numerusform>%1: %Ln إجابة، المتوسط %2</numerusform>
            <numerusform>%1: %Ln إجابة، المتوسط %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>Practice Progress</source>
        <translation>تقدّم التدريب</translation>
    </message>
    <message>
        <source>Practice summary</source>
        <translation>ملخص التدريب</translation>
    </message>
    <message>
        <source>No graded answers yet: choose Practice under a question.</source>
        <translation>لا إجابات مُقيَّمة بعد: اختر «تدرّب» تحت أحد الأسئلة.</translation>
    </message>
    <message>
        <source>No graded answers</source>
        <translation>لا إجابات مُقيَّمة</translation>
    </message>
    <message>
        <source>Score per skill over time</source>
        <translation>الدرجة لكل مهارة عبر الزمن</translation>
    </message>
    <message>
        <source>Graded answers, newest first</source>
        <translation>الإجابات المُقيَّمة، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>المهارة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Chart and answers</source>
        <translation>الرسم البياني والإجابات</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>أزرار مربع الحوار</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ip::ProgressPanel</name>
    <message>
        <source>&amp;Activity</source>
        <translation>النشاط (&amp;A)</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>سجل النشاط</translation>
    </message>
    <message>
        <source>What the run is doing right now, newest line last</source>
        <translation>ما يفعله التشغيل الآن، وأحدث سطر في الأسفل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop the run and keep the questions written so far (Esc)</source>
        <translation>أوقف التشغيل واحتفظ بالأسئلة المكتوبة حتى الآن (Esc)</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>إلغاء التشغيل</translation>
    </message>
    <message>
        <source>Stops the run; questions written so far are kept</source>
        <translation>يوقف التشغيل؛ ويُحتفظ بالأسئلة المكتوبة حتى الآن</translation>
    </message>
    <message>
        <source>Skills done</source>
        <translation>المهارات المكتملة</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>الوقت المنقضي</translation>
    </message>
    <message>
        <source>Requests and tokens used</source>
        <translation>الطلبات والرموز المستهلكة</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>السيرة الذاتية</translation>
    </message>
    <message>
        <source>Run outcome</source>
        <translation>نتيجة التشغيل</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Reading resume</source>
        <translation>قراءة السيرة الذاتية</translation>
    </message>
    <message>
        <source>Extracting skills</source>
        <translation>استخراج المهارات</translation>
    </message>
    <message>
        <source>Finding sources</source>
        <translation>العثور على المصادر</translation>
    </message>
    <message>
        <source>Writing questions</source>
        <translation>كتابة الأسئلة</translation>
    </message>
    <message>
        <source>done</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Waiting for skills…</source>
        <translation>بانتظار المهارات…</translation>
    </message>
    <message>
        <source>No skills</source>
        <translation>لا مهارات</translation>
    </message>
    <message>
        <source>%1 of 1 skill done</source>
        <translation>اكتمل %1 من مهارة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n skills done</source>
        <translation>
            <numerusform>اكتمل %1 من لا شيء</numerusform>
            <numerusform>اكتمل %1 من مهارة واحدة</numerusform>
            <numerusform>اكتمل %1 من مهارتين</numerusform>
            <numerusform>اكتمل %1 من %Ln مهارات</numerusform>
            <numerusform>اكتمل %1 من %Ln مهارة</numerusform>
            <numerusform>اكتمل %1 من %Ln مهارة</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation>، وفشل %1</translation>
    </message>
    <message>
        <source>1 request, %1 tokens</source>
        <translation>طلب واحد، %1 رمز</translation>
    </message>
    <message numerus="yes">
        <source>%n requests, %1 tokens</source>
        <translation>
            <numerusform>لا طلبات، %1 رمز</numerusform>
            <numerusform>طلب واحد، %1 رمز</numerusform>
            <numerusform>طلبان، %1 رمز</numerusform>
            <numerusform>%Ln طلبات، %1 رمز</numerusform>
            <numerusform>%Ln طلبًا، %1 رمز</numerusform>
            <numerusform>%Ln طلب، %1 رمز</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>انتهى.</translation>
    </message>
    <message>
        <source>Finished with gaps.</source>
        <translation>انتهى مع وجود نواقص.</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>فشل التشغيل.</translation>
    </message>
    <message>
        <source>Cancelled. Questions written so far are kept.</source>
        <translation>أُلغي. يُحتفظ بالأسئلة المكتوبة حتى الآن.</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>المنقضي %1</translation>
    </message>
    <message>
        <source>What the run is waiting for</source>
        <translation>ما ينتظره التشغيل</translation>
    </message>
    <message numerus="yes">
        <source>(%n calls waiting)</source>
        <translation>
            <numerusform>(لا طلبات تنتظر)</numerusform>
            <numerusform>(طلب واحد ينتظر)</numerusform>
            <numerusform>(طلبان ينتظران)</numerusform>
            <numerusform>(%Ln طلبات تنتظر)</numerusform>
            <numerusform>(%Ln طلبًا ينتظر)</numerusform>
            <numerusform>(%Ln طلب ينتظر)</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected time left</source>
        <translation>الوقت المتبقي المتوقع</translation>
    </message>
    <message>
        <source>Requests and tokens per stage</source>
        <translation>الطلبات والرموز لكل مرحلة</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>يتبقى نحو %1</translation>
    </message>
    <message>
        <source>About %1 left — %2</source>
        <translation>يتبقى نحو %1 — %2</translation>
    </message>
    <message>
        <source>Waiting for your review of the skills</source>
        <translation>بانتظار مراجعتك للمهارات</translation>
    </message>
</context>
<context>
    <name>ip::ProviderBox</name>
    <message>
        <source>Grounded sources (Gemini)</source>
        <translation>مصادر من الويب (Gemini)</translation>
    </message>
    <message>
        <source>Skills and questions (Groq or any OpenAI-compatible server)</source>
        <translation>المهارات والأسئلة (Groq أو أي خادم متوافق مع OpenAI)</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>عنوان URL الأساسي:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>عنوان &amp;URL الأساسي:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>مفتاح API:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>مفتاح API (&amp;K):</translation>
    </message>
    <message>
        <source>Gemini base URL</source>
        <translation>عنوان URL الأساسي لـ Gemini</translation>
    </message>
    <message>
        <source>Skills and questions base URL</source>
        <translation>عنوان URL الأساسي للمهارات والأسئلة</translation>
    </message>
    <message>
        <source>The address of the provider&apos;s API, starting with https://</source>
        <translation>عنوان واجهة API الخاصة بالمزوّد، ويبدأ بـ https://</translation>
    </message>
    <message>
        <source>Gemini API key</source>
        <translation>مفتاح Gemini API</translation>
    </message>
    <message>
        <source>Groq API key</source>
        <translation>مفتاح Groq API</translation>
    </message>
    <message>
        <source>Stored in the system keychain; never shown again after saving</source>
        <translation>يُخزَّن في سلسلة مفاتيح النظام؛ ولا يُعرض مجددًا بعد الحفظ</translation>
    </message>
    <message>
        <source>Show the key while typing</source>
        <translation>إظهار المفتاح أثناء الكتابة</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>إظهار المفتاح</translation>
    </message>
    <message>
        <source>Shows the characters typed in the key field</source>
        <translation>يُظهر الأحرف المكتوبة في حقل المفتاح</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Delete the stored key when the settings are saved</source>
        <translation>احذف المفتاح المخزَّن عند حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Remove the Gemini key</source>
        <translation>إزالة مفتاح Gemini</translation>
    </message>
    <message>
        <source>Remove the Groq key</source>
        <translation>إزالة مفتاح Groq</translation>
    </message>
    <message>
        <source>Deletes the stored key when the settings are saved</source>
        <translation>يحذف المفتاح المخزَّن عند حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Ask the provider for its models with this URL and key</source>
        <translation>اطلب من المزوّد قائمة نماذجه بهذا العنوان وهذا المفتاح</translation>
    </message>
    <message>
        <source>Test the Gemini connection</source>
        <translation>اختبار الاتصال بـ Gemini</translation>
    </message>
    <message>
        <source>Test the Groq connection</source>
        <translation>اختبار الاتصال بـ Groq</translation>
    </message>
    <message>
        <source>Lists the provider&apos;s models to check the URL and the key</source>
        <translation>يسرد نماذج المزوّد للتحقق من العنوان والمفتاح</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>حالة الاتصال</translation>
    </message>
    <message>
        <source>Where the key is stored</source>
        <translation>مكان تخزين المفتاح</translation>
    </message>
    <message>
        <source>Pick from the provider&apos;s models or type a model id</source>
        <translation>اختر من نماذج المزوّد أو اكتب معرّف نموذج</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address, e.g. %1</source>
        <translation>أدخل عنوانًا يبدأ بـ http:// أو https://، مثل %1</translation>
    </message>
    <message>
        <source>The stored key will be deleted when you press OK.</source>
        <translation>سيُحذف المفتاح المخزَّن عند الضغط على «موافق».</translation>
    </message>
    <message>
        <source>The new key will be stored in %1.</source>
        <translation>سيُخزَّن المفتاح الجديد في %1.</translation>
    </message>
    <message>
        <source>No keychain is available, so the new key is kept for this session only.</source>
        <translation>لا تتوفر سلسلة مفاتيح، لذا سيُحتفظ بالمفتاح الجديد لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>Set by the environment variable %1, which overrides any stored key.</source>
        <translation>مُعيَّن بمتغير البيئة %1، الذي يتقدّم على أي مفتاح مخزَّن.</translation>
    </message>
    <message>
        <source>A key is stored in %1.</source>
        <translation>يوجد مفتاح مخزَّن في %1.</translation>
    </message>
    <message>
        <source>A key is kept for this session only (no keychain).</source>
        <translation>يُحتفظ بمفتاح لهذه الجلسة فقط (لا توجد سلسلة مفاتيح).</translation>
    </message>
    <message>
        <source>No key needed for a server on this computer.</source>
        <translation>لا حاجة إلى مفتاح لخادم على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>No key yet. Keys are stored in %1.</source>
        <translation>لا يوجد مفتاح بعد. تُخزَّن المفاتيح في %1.</translation>
    </message>
    <message>
        <source>Paste the API key here</source>
        <translation>الصق مفتاح API هنا</translation>
    </message>
    <message>
        <source>•••••••• (stored; type to replace)</source>
        <translation>•••••••• (مخزَّن؛ اكتب لاستبداله)</translation>
    </message>
    <message>
        <source>Enter a valid base URL first.</source>
        <translation>أدخل عنوان URL أساسيًا صالحًا أولًا.</translation>
    </message>
    <message>
        <source>This provider cannot be reached from here.</source>
        <translation>يتعذر الوصول إلى هذا المزوّد من هنا.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Connected: 1 model available.</source>
        <translation>متصل: يتوفر نموذج واحد.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n models available.</source>
        <translation>
            <numerusform>متصل: لا تتوفر نماذج.</numerusform>
            <numerusform>متصل: يتوفر نموذج واحد.</numerusform>
            <numerusform>متصل: يتوفر نموذجان.</numerusform>
            <numerusform>متصل: تتوفر %Ln نماذج.</numerusform>
            <numerusform>متصل: يتوفر %Ln نموذجًا.</numerusform>
            <numerusform>متصل: يتوفر %Ln نموذج.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>فشل الاتصال.</translation>
    </message>
</context>
<context>
    <name>ip::ProviderCall</name>
    <message>
        <source>No model is set for %1 — choose one in Settings.</source>
        <translation>لم يُعيَّن نموذج لـ %1 — اختر نموذجًا في الإعدادات.</translation>
    </message>
    <message>
        <source>The request (about %1 tokens including the output budget) is larger than %2&apos;s limit of %3 tokens per minute — lower the output budget or split the work.</source>
        <translation>الطلب (نحو %1 رمز بما فيها ميزانية الإخراج) أكبر من حد %2 البالغ %3 رمز في الدقيقة — خفّض ميزانية الإخراج أو قسّم العمل.</translation>
    </message>
    <message>
        <source>%1 rate limit</source>
        <translation>حد معدل الطلبات لدى %1</translation>
    </message>
    <message>
        <source>%1&apos;s answer was not the JSON that was asked for, even after a retry — try again or choose another model.</source>
        <translation>لم تكن إجابة %1 بصيغة JSON المطلوبة حتى بعد إعادة المحاولة — حاول مجددًا أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>%1 is busy or unreachable, retrying</source>
        <translation>‏%1 مشغول أو يتعذر الوصول إليه؛ تُعاد المحاولة</translation>
    </message>
</context>
<context>
    <name>ip::ProviderError</name>
    <message>
        <source>%1 reports this API key as leaked and no longer accepts it — create a new key and enter it in Settings.</source>
        <translation>يُبلغ %1 أن مفتاح API هذا قد سُرِّب ولم يعد يقبله — أنشئ مفتاحًا جديدًا وأدخله في الإعدادات.</translation>
    </message>
    <message>
        <source>%1 received no API key — enter one in Settings.</source>
        <translation>لم يتلقَّ %1 أي مفتاح API — أدخل مفتاحًا في الإعدادات.</translation>
    </message>
    <message>
        <source>This API key may not use the %1 API — enable the API for the key&apos;s project, or enter another key in Settings.</source>
        <translation>لا يُسمح لمفتاح API هذا باستخدام واجهة %1 — فعّل الواجهة لمشروع المفتاح، أو أدخل مفتاحًا آخر في الإعدادات.</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403, blocked by its network front end) — check the API key in Settings, or try another network or VPN setting.</source>
        <translation>رفض %1 الوصول (HTTP 403، حظرته واجهته الشبكية) — تحقق من مفتاح API في الإعدادات، أو جرّب شبكة أخرى أو إعداد VPN آخر.</translation>
    </message>
    <message>
        <source>%1 refused access (HTTP 403) — check the API key and its permissions in Settings.</source>
        <translation>رفض %1 الوصول (HTTP 403) — تحقق من مفتاح API وصلاحياته في الإعدادات.</translation>
    </message>
    <message>
        <source>%1 says the account has no quota or credit left — check your plan and billing, or use another key.</source>
        <translation>يُفيد %1 بأن الحساب لم يعد لديه حصة أو رصيد — تحقق من خطتك وفوترتك، أو استخدم مفتاحًا آخر.</translation>
    </message>
    <message>
        <source>%1 does not offer the requested model — choose another model in Settings (%2).</source>
        <translation>لا يوفّر %1 النموذج المطلوب — اختر نموذجًا آخر في الإعدادات (%2).</translation>
    </message>
    <message>
        <source>%1 answered 404 Not Found — check the base URL in Settings.</source>
        <translation>أجاب %1 بالرمز 404 Not Found — تحقق من عنوان URL الأساسي في الإعدادات.</translation>
    </message>
    <message>
        <source>%1 answered with an unexpected HTTP status %2 — check the base URL in Settings.</source>
        <translation>أجاب %1 بحالة HTTP غير متوقعة %2 — تحقق من عنوان URL الأساسي في الإعدادات.</translation>
    </message>
    <message>
        <source>%1 does not know this endpoint — check the base URL in Settings (it usually ends in /v1).</source>
        <translation>لا يعرف %1 نقطة الاتصال هذه — تحقق من عنوان URL الأساسي في الإعدادات (ينتهي عادةً بـ /v1).</translation>
    </message>
    <message>
        <source>%1 blocked the prompt (%2) — rephrase the input or try another model.</source>
        <translation>حظر %1 المُدخل (%2) — أعد صياغة المُدخل أو جرّب نموذجًا آخر.</translation>
    </message>
    <message>
        <source>%1 stopped the answer (%2) — rephrase the input or try another model.</source>
        <translation>أوقف %1 الإجابة (%2) — أعد صياغة المُدخل أو جرّب نموذجًا آخر.</translation>
    </message>
    <message>
        <source>%1 used the whole output budget on thinking and wrote no answer — raise the output budget or lower the reasoning effort.</source>
        <translation>استهلك %1 ميزانية الإخراج كلها في التفكير ولم يكتب إجابة — ارفع ميزانية الإخراج أو خفّض جهد الاستدلال.</translation>
    </message>
    <message>
        <source>%1 used up the output token budget before answering (reasoning may have taken it all) — raise the output budget or lower the reasoning effort.</source>
        <translation>استنفد %1 ميزانية رموز الإخراج قبل الإجابة (ربما استهلكها الاستدلال كلها) — ارفع ميزانية الإخراج أو خفّض جهد الاستدلال.</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off — try again.</source>
        <translation>انقطعت إجابة %1 — حاول مجددًا.</translation>
    </message>
    <message>
        <source>%1 rejected the API key — check it in Settings.</source>
        <translation>رفض %1 مفتاح API — تحقق منه في الإعدادات.</translation>
    </message>
    <message>
        <source>%1 rate limit reached — wait a minute and try again, or lower its requests per minute in Settings.</source>
        <translation>بُلغ حد معدل الطلبات لدى %1 — انتظر دقيقة وحاول مجددًا، أو خفّض عدد طلباته في الدقيقة في الإعدادات.</translation>
    </message>
    <message>
        <source>%1 daily quota is used up — try again tomorrow, or use another key or plan.</source>
        <translation>نفدت الحصة اليومية لـ %1 — حاول مجددًا غدًا، أو استخدم مفتاحًا أو خطة أخرى.</translation>
    </message>
    <message>
        <source>The request is larger than %1&apos;s tokens-per-minute budget — lower the output budget or split the work into smaller requests.</source>
        <translation>الطلب أكبر من ميزانية الرموز في الدقيقة لدى %1 — خفّض ميزانية الإخراج أو قسّم العمل إلى طلبات أصغر.</translation>
    </message>
    <message>
        <source>The request is too long for the model&apos;s context window at %1 — split it into smaller parts.</source>
        <translation>الطلب أطول من نافذة سياق النموذج لدى %1 — قسّمه إلى أجزاء أصغر.</translation>
    </message>
    <message>
        <source>%1 could not produce valid JSON for this request — try again.</source>
        <translation>تعذر على %1 إنتاج JSON صالح لهذا الطلب — حاول مجددًا.</translation>
    </message>
    <message>
        <source>%1 is overloaded or having trouble (HTTP %2) — try again in a few minutes.</source>
        <translation>‏%1 مثقل أو يواجه مشكلة (HTTP %2) — حاول مجددًا بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>%1 is overloaded or having trouble — try again in a few minutes.</source>
        <translation>‏%1 مثقل أو يواجه مشكلة — حاول مجددًا بعد بضع دقائق.</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2).</source>
        <translation>رفض %1 الطلب (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 rejected the request (HTTP %2): %3</source>
        <translation>رفض %1 الطلب (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 rejected the request.</source>
        <translation>رفض %1 الطلب.</translation>
    </message>
    <message>
        <source>%1 rejected the request: %2</source>
        <translation>رفض %1 الطلب: %2</translation>
    </message>
    <message>
        <source>%1 blocked the request with its safety filters — rephrase the input or try another model.</source>
        <translation>حظر %1 الطلب بمرشحات الأمان لديه — أعد صياغة المُدخل أو جرّب نموذجًا آخر.</translation>
    </message>
    <message>
        <source>Could not reach %1 — check your internet connection and the base URL in Settings.</source>
        <translation>تعذر الوصول إلى %1 — تحقق من اتصالك بالإنترنت ومن عنوان URL الأساسي في الإعدادات.</translation>
    </message>
    <message>
        <source>%1 did not answer in time — try again later, or raise the timeout in Settings.</source>
        <translation>لم يُجب %1 في الوقت المحدد — حاول لاحقًا، أو ارفع المهلة في الإعدادات.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>%1 returned an answer that could not be used — try again, or choose another model.</source>
        <translation>أرجع %1 إجابة لا يمكن استخدامها — حاول مجددًا، أو اختر نموذجًا آخر.</translation>
    </message>
    <message>
        <source>The %1 base URL uses plain http:// for %2 — HTTPS is required for hosts other than this computer; fix the base URL in Settings.</source>
        <translation>يستخدم عنوان URL الأساسي لـ %1 بروتوكول http:// غير المشفّر مع %2 — يلزم HTTPS لأي مضيف غير هذا الحاسوب؛ صحّح عنوان URL الأساسي في الإعدادات.</translation>
    </message>
    <message>
        <source>Could not connect to %1 at %2 — is the server running? Check the base URL in Settings.</source>
        <translation>تعذر الاتصال بـ %1 على %2 — هل الخادم يعمل؟ تحقق من عنوان URL الأساسي في الإعدادات.</translation>
    </message>
    <message>
        <source>Could not find %1 (%2) — check your internet connection and the base URL in Settings.</source>
        <translation>تعذر العثور على %1 (%2) — تحقق من اتصالك بالإنترنت ومن عنوان URL الأساسي في الإعدادات.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed — check the system clock, proxy and network.</source>
        <translation>فشل الاتصال الآمن بـ %1 — تحقق من ساعة النظام والوكيل والشبكة.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted — try again.</source>
        <translation>انقطع الاتصال بـ %1 — حاول مجددًا.</translation>
    </message>
</context>
<context>
    <name>ip::QnamReply</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>أُلغي الطلب.</translation>
    </message>
    <message>
        <source>The connection to %1 closed after %2 of %3 bytes of the response.</source>
        <translation>أُغلق الاتصال بـ %1 بعد استلام %2 من أصل %3 بايت من الاستجابة.</translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not complete the response within %n second(s).</source>
        <translation>
            <numerusform>لم يُكمل الخادم %1 الاستجابة فورًا.</numerusform>
            <numerusform>لم يُكمل الخادم %1 الاستجابة خلال ثانية واحدة.</numerusform>
            <numerusform>لم يُكمل الخادم %1 الاستجابة خلال ثانيتين.</numerusform>
            <numerusform>لم يُكمل الخادم %1 الاستجابة خلال %Ln ثوانٍ.</numerusform>
            <numerusform>لم يُكمل الخادم %1 الاستجابة خلال %Ln ثانية.</numerusform>
            <numerusform>لم يُكمل الخادم %1 الاستجابة خلال %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>لم يُجب الخادم %1 فورًا.</numerusform>
            <numerusform>لم يُجب الخادم %1 خلال ثانية واحدة.</numerusform>
            <numerusform>لم يُجب الخادم %1 خلال ثانيتين.</numerusform>
            <numerusform>لم يُجب الخادم %1 خلال %Ln ثوانٍ.</numerusform>
            <numerusform>لم يُجب الخادم %1 خلال %Ln ثانية.</numerusform>
            <numerusform>لم يُجب الخادم %1 خلال %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server %1 stopped sending data for %n second(s).</source>
        <translation>
            <numerusform>توقف الخادم %1 عن إرسال البيانات.</numerusform>
            <numerusform>توقف الخادم %1 عن إرسال البيانات لمدة ثانية واحدة.</numerusform>
            <numerusform>توقف الخادم %1 عن إرسال البيانات لمدة ثانيتين.</numerusform>
            <numerusform>توقف الخادم %1 عن إرسال البيانات لمدة %Ln ثوانٍ.</numerusform>
            <numerusform>توقف الخادم %1 عن إرسال البيانات لمدة %Ln ثانية.</numerusform>
            <numerusform>توقف الخادم %1 عن إرسال البيانات لمدة %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect to %1: connection refused.</source>
        <translation>تعذر الاتصال بـ %1: رُفض الاتصال.</translation>
    </message>
    <message>
        <source>Could not find the server %1. Check the address and your internet connection.</source>
        <translation>تعذر العثور على الخادم %1. تحقق من العنوان ومن اتصالك بالإنترنت.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>انتهت مهلة الاتصال بـ %1.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>أُلغي الطلب إلى %1.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed: %2</source>
        <translation>فشل الاتصال الآمن (TLS) بـ %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the response was complete.</source>
        <translation>أُغلق الاتصال بـ %1 قبل اكتمال الاستجابة.</translation>
    </message>
    <message>
        <source>The connection to %1 was closed before the server answered.</source>
        <translation>أُغلق الاتصال بـ %1 قبل أن يُجيب الخادم.</translation>
    </message>
    <message>
        <source>The network proxy failed while connecting to %1: %2</source>
        <translation>فشل وكيل الشبكة أثناء الاتصال بـ %1: %2</translation>
    </message>
    <message>
        <source>Network error talking to %1: %2</source>
        <translation>خطأ في الشبكة أثناء الاتصال بـ %1: %2</translation>
    </message>
</context>
<context>
    <name>ip::QuestionRow</name>
    <message>
        <source>Question %1</source>
        <translation>السؤال %1</translation>
    </message>
    <message>
        <source>Copy question %1</source>
        <translation>نسخ السؤال %1</translation>
    </message>
    <message>
        <source>Puts this question on the clipboard</source>
        <translation>يضع هذا السؤال في الحافظة</translation>
    </message>
    <message>
        <source>Difficulty: %1</source>
        <translation>الصعوبة: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>الفئة: %1</translation>
    </message>
    <message>
        <source>From your resume: “%1”</source>
        <translation>من سيرتك الذاتية: «%1»</translation>
    </message>
    <message>
        <source>From your resume</source>
        <translation>من سيرتك الذاتية</translation>
    </message>
    <message>
        <source>The line of your resume this question asks you to back up</source>
        <translation>سطر سيرتك الذاتية الذي يطلب منك هذا السؤال إثباته</translation>
    </message>
    <message>
        <source>Show key points</source>
        <translation>عرض النقاط الأساسية</translation>
    </message>
    <message>
        <source>What a strong answer covers</source>
        <translation>ما تغطيه الإجابة القوية</translation>
    </message>
    <message>
        <source>Show key points for question %1</source>
        <translation>عرض النقاط الأساسية للسؤال %1</translation>
    </message>
    <message>
        <source>1 point a strong answer covers</source>
        <translation>نقطة واحدة تغطيها الإجابة القوية</translation>
    </message>
    <message numerus="yes">
        <source>%n points a strong answer covers</source>
        <translation>
            <numerusform>لا نقاط تغطيها الإجابة القوية</numerusform>
            <numerusform>نقطة واحدة تغطيها الإجابة القوية</numerusform>
            <numerusform>نقطتان تغطيهما الإجابة القوية</numerusform>
            <numerusform>%Ln نقاط تغطيها الإجابة القوية</numerusform>
            <numerusform>%Ln نقطة تغطيها الإجابة القوية</numerusform>
            <numerusform>%Ln نقطة تغطيها الإجابة القوية</numerusform>
        </translation>
    </message>
    <message>
        <source>Key point %1: %2</source>
        <translation>النقطة الأساسية %1: %2</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <comment>a key point, then the link to its source</comment>
        <translation>%1 (من %2)</translation>
    </message>
    <message>
        <source>From %1; opens it in the browser</source>
        <translation>من %1؛ يفتحه في المتصفح</translation>
    </message>
    <message>
        <source>Practice · %1/10</source>
        <translation>تدرّب · %1/10</translation>
    </message>
    <message>
        <source>Your latest answer to this question scored %1 out of 10</source>
        <translation>نالت آخر إجابة لك عن هذا السؤال %1 من 10</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>تدرّب</translation>
    </message>
    <message>
        <source>Answer this question and have the answer graded</source>
        <translation>أجب عن هذا السؤال واحصل على تقييم لإجابتك</translation>
    </message>
    <message>
        <source>Answer this question and have the answer graded against the key points and the sources</source>
        <translation>أجب عن هذا السؤال واحصل على تقييم لإجابتك وفق النقاط الأساسية والمصادر</translation>
    </message>
    <message>
        <source>Practice question %1</source>
        <translation>تدرّب على السؤال %1</translation>
    </message>
    <message>
        <source>Read question %1 aloud</source>
        <translation>اقرأ السؤال %1 بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>ip::Redaction</name>
    <message>
        <source>your name</source>
        <translation>اسمك</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>لا عناوين بريد</numerusform>
            <numerusform>عنوان بريد واحد</numerusform>
            <numerusform>عنوانا بريد</numerusform>
            <numerusform>%Ln عناوين بريد</numerusform>
            <numerusform>%Ln عنوان بريد</numerusform>
            <numerusform>%Ln عنوان بريد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>لا أرقام هاتف</numerusform>
            <numerusform>رقم هاتف واحد</numerusform>
            <numerusform>رقما هاتف</numerusform>
            <numerusform>%Ln أرقام هاتف</numerusform>
            <numerusform>%Ln رقم هاتف</numerusform>
            <numerusform>%Ln رقم هاتف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>لا عناوين</numerusform>
            <numerusform>عنوان واحد</numerusform>
            <numerusform>عنوانان</numerusform>
            <numerusform>%Ln عناوين</numerusform>
            <numerusform>%Ln عنوانًا</numerusform>
            <numerusform>%Ln عنوان</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>لا روابط</numerusform>
            <numerusform>رابط واحد</numerusform>
            <numerusform>رابطان</numerusform>
            <numerusform>%Ln روابط</numerusform>
            <numerusform>%Ln رابطًا</numerusform>
            <numerusform>%Ln رابط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile name(s)</source>
        <translation>
            <numerusform>لا أسماء ملفات شخصية</numerusform>
            <numerusform>اسم ملف شخصي واحد</numerusform>
            <numerusform>اسما ملف شخصي</numerusform>
            <numerusform>%Ln أسماء ملفات شخصية</numerusform>
            <numerusform>%Ln اسم ملف شخصي</numerusform>
            <numerusform>%Ln اسم ملف شخصي</numerusform>
        </translation>
    </message>
    <message>
        <source>your date of birth</source>
        <translation>تاريخ ميلادك</translation>
    </message>
    <message numerus="yes">
        <source>%n id number(s)</source>
        <translation>
            <numerusform>لا أرقام هوية</numerusform>
            <numerusform>رقم هوية واحد</numerusform>
            <numerusform>رقما هوية</numerusform>
            <numerusform>%Ln أرقام هوية</numerusform>
            <numerusform>%Ln رقم هوية</numerusform>
            <numerusform>%Ln رقم هوية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::Report</name>
    <message>
        <source>grounded</source>
        <translation>مستند إلى مصادر</translation>
    </message>
    <message>
        <source>web sources: %1</source>
        <translation>مصادر الويب: %1</translation>
    </message>
    <message>
        <source>no web sources</source>
        <translation>دون مصادر من الويب</translation>
    </message>
    <message>
        <source>no web sources: %1</source>
        <translation>دون مصادر من الويب: %1</translation>
    </message>
    <message>
        <source>general knowledge</source>
        <translation>معرفة عامة</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Interview preparation: %1</source>
        <translation>التحضير للمقابلة: %1</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>أُنشئ في %1</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>خطأ:</translation>
    </message>
    <message>
        <source>No file name was given for the report.</source>
        <translation>لم يُحدَّد اسم ملف للتقرير.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>تعذرت كتابة التقرير في %1: %2</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>تعذر حفظ التقرير في %1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>(unnamed skill)</source>
        <translation>(مهارة بلا اسم)</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>خطأ غير معروف</translation>
    </message>
    <message>
        <source>general knowledge — no web sources</source>
        <translation>معرفة عامة — دون مصادر من الويب</translation>
    </message>
    <message>
        <source>general knowledge — no web sources: %1</source>
        <translation>معرفة عامة — دون مصادر من الويب: %1</translation>
    </message>
    <message>
        <source>No skills were extracted.</source>
        <translation>لم تُستخرج أي مهارات.</translation>
    </message>
    <message>
        <source>no questions generated</source>
        <translation>لم تُولَّد أي أسئلة</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>فشل: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
    <message>
        <source>Closest on your resume:</source>
        <translation>الأقرب في سيرتك الذاتية:</translation>
    </message>
    <message>
        <source>How to answer:</source>
        <translation>كيف تجيب:</translation>
    </message>
    <message>
        <source>Target job: %1</source>
        <translation>الوظيفة المستهدفة: %1</translation>
    </message>
    <message>
        <source>Asked for by the job, not shown on the resume</source>
        <translation>تطلبها الوظيفة، ولا تظهر في السيرة الذاتية</translation>
    </message>
    <message>
        <source>Questions could not be written: %1</source>
        <translation>تعذرت كتابة الأسئلة: %1</translation>
    </message>
    <message>
        <source>Skills the job description asks for that the resume does not show. The questions start from what the resume does show.</source>
        <translation>مهارات يطلبها وصف الوظيفة ولا تظهرها السيرة الذاتية. تنطلق الأسئلة مما تظهره السيرة الذاتية.</translation>
    </message>
    <message>
        <source>foundations</source>
        <translation>الأساسيات</translation>
    </message>
    <message>
        <source>how it works</source>
        <translation>كيف يعمل</translation>
    </message>
    <message>
        <source>edge cases and trade-offs</source>
        <translation>الحالات الحدية والمفاضلات</translation>
    </message>
    <message>
        <source>Difficulty %1 of %2 (%3)</source>
        <translation>الصعوبة %1 من %2 (%3)</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>مفهوم</translation>
    </message>
    <message>
        <source>Internals</source>
        <translation>البنية الداخلية</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>تصميم</translation>
    </message>
    <message>
        <source>Debugging &amp; operations</source>
        <translation>تتبع الأخطاء والتشغيل</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>مفاضلة</translation>
    </message>
    <message>
        <source>Project deep-dive</source>
        <translation>تعمق في مشروع</translation>
    </message>
    <message>
        <source>From the resume: “%1”</source>
        <translation>من السيرة الذاتية: «%1»</translation>
    </message>
    <message>
        <source>Claims you must be ready to defend</source>
        <translation>ادعاءات يجب أن تكون مستعدًا للدفاع عنها</translation>
    </message>
    <message>
        <source>Claims you must be ready to defend:</source>
        <translation>ادعاءات يجب أن تكون مستعدًا للدفاع عنها:</translation>
    </message>
    <message>
        <source>[source: %1]</source>
        <translation>[المصدر: %1]</translation>
    </message>
    <message>
        <source>Key points:</source>
        <translation>النقاط الأساسية:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>التفاصيل:</translation>
    </message>
    <message>
        <source>Correct %1 · Depth %2 · Trade-offs %3 · Clarity %4 · Overall %5/%6</source>
        <translation>الصحة %1 · العمق %2 · الموازنات %3 · الوضوح %4 · الإجمالي %5/%6</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>تدرّب</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>لم تُقيَّم</translation>
    </message>
    <message>
        <source>Not graded: %1</source>
        <translation>لم تُقيَّم: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>سؤال متابعة: %1</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>مغطّاة</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>فائتة</translation>
    </message>
    <message>
        <source>Feedback:</source>
        <translation>الملاحظات:</translation>
    </message>
    <message>
        <source>Stronger answer</source>
        <translation>إجابة أقوى</translation>
    </message>
    <message>
        <source>Stronger answer withheld: %1</source>
        <translation>حُجبت الإجابة الأقوى: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>دون ذكر سبب</translation>
    </message>
    <message>
        <source>Follow-up question:</source>
        <translation>سؤال المتابعة:</translation>
    </message>
    <message>
        <source>You said you did not know.</source>
        <translation>قلت إنك لا تعرف.</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>السؤال: %1</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>الإجابة:</translation>
    </message>
</context>
<context>
    <name>ip::ReportExporter</name>
    <message>
        <source>Text report (*.txt)</source>
        <translation>تقرير نصي (*.txt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>«%1» موجود بالفعل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>حُفظ التقرير في %1</translation>
    </message>
    <message>
        <source>Copied every question to the clipboard, as Markdown.</source>
        <translation>نُسخت كل الأسئلة إلى الحافظة بصيغة Markdown.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Anki cards (*.txt)</source>
        <translation>بطاقات Anki (*.txt)</translation>
    </message>
</context>
<context>
    <name>ip::ResultCache</name>
    <message>
        <source>Could not delete the cached result %1: %2</source>
        <translation>تعذر حذف النتيجة المخزنة مؤقتًا %1: %2</translation>
    </message>
</context>
<context>
    <name>ip::ResultsView</name>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>توسيع الكل</translation>
    </message>
    <message>
        <source>Expand all skills</source>
        <translation>توسيع كل المهارات</translation>
    </message>
    <message>
        <source>Shows the questions of every skill</source>
        <translation>يعرض أسئلة كل المهارات</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>طي الكل</translation>
    </message>
    <message>
        <source>Collapse all skills</source>
        <translation>طي كل المهارات</translation>
    </message>
    <message>
        <source>Hides the questions of every skill</source>
        <translation>يخفي أسئلة كل المهارات</translation>
    </message>
    <message>
        <source>Skills appear here as soon as they are found in the resume.</source>
        <translation>تظهر المهارات هنا فور العثور عليها في السيرة الذاتية.</translation>
    </message>
    <message>
        <source>Skills and questions</source>
        <translation>المهارات والأسئلة</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>1 skill</source>
        <translation>مهارة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%n skills</source>
        <translation>
            <numerusform>لا مهارات</numerusform>
            <numerusform>مهارة واحدة</numerusform>
            <numerusform>مهارتان</numerusform>
            <numerusform>%Ln مهارات</numerusform>
            <numerusform>%Ln مهارة</numerusform>
            <numerusform>%Ln مهارة</numerusform>
        </translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>سؤال واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>لا أسئلة</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%Ln أسئلة</numerusform>
            <numerusform>%Ln سؤالًا</numerusform>
            <numerusform>%Ln سؤال</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked for by the job, not shown on your resume</source>
        <translation>تطلبها الوظيفة، ولا تظهر في سيرتك الذاتية</translation>
    </message>
    <message>
        <source>Difficulty:</source>
        <translation>الصعوبة:</translation>
    </message>
    <message>
        <source>Filter questions by difficulty</source>
        <translation>تصفية الأسئلة حسب الصعوبة</translation>
    </message>
    <message>
        <source>Show only the questions of this level</source>
        <translation>عرض أسئلة هذا المستوى فقط</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <source>Filter questions by category</source>
        <translation>تصفية الأسئلة حسب الفئة</translation>
    </message>
    <message>
        <source>Show only the questions of this kind</source>
        <translation>عرض أسئلة هذا النوع فقط</translation>
    </message>
    <message>
        <source>Difficulties</source>
        <translation>مستويات الصعوبة</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Clear the question filters</source>
        <translation>مسح عوامل تصفية الأسئلة</translation>
    </message>
    <message>
        <source>Shows every question again</source>
        <translation>يعرض كل الأسئلة مجددًا</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>%1 of 1 question</source>
        <translation>%1 من سؤال واحد</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n questions</source>
        <translation>
            <numerusform>%1 من %Ln سؤال</numerusform>
            <numerusform>%1 من سؤال واحد</numerusform>
            <numerusform>%1 من سؤالين</numerusform>
            <numerusform>%1 من %Ln أسئلة</numerusform>
            <numerusform>%1 من %Ln سؤالًا</numerusform>
            <numerusform>%1 من %Ln سؤال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::RunController</name>
    <message>
        <source>Open or run a resume first.</source>
        <translation>افتح سيرة ذاتية أو تشغيلًا محفوظًا أولًا.</translation>
    </message>
</context>
<context>
    <name>ip::RunEstimate</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%Ln ث</numerusform>
            <numerusform>%Ln ث</numerusform>
            <numerusform>%Ln ث</numerusform>
            <numerusform>%Ln ث</numerusform>
            <numerusform>%Ln ث</numerusform>
            <numerusform>%Ln ث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
            <numerusform>%Ln د</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>limited by %1&apos;s %2 tokens a minute for %3</source>
        <translation>يحدّه %2 رمز في الدقيقة لدى %1 للنموذج %3</translation>
    </message>
    <message>
        <source>limited by %1&apos;s %2 requests a minute</source>
        <translation>يحدّه %2 طلب في الدقيقة لدى %1</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>المهارات</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>cost about %1</source>
        <translation>التكلفة نحو %1</translation>
    </message>
    <message>
        <source>cost —</source>
        <translation>التكلفة —</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s), %2 tokens, cost %3</source>
        <translation>
            <numerusform>%1: لا طلبات، %2 رمز، التكلفة %3</numerusform>
            <numerusform>%1: طلب واحد، %2 رمز، التكلفة %3</numerusform>
            <numerusform>%1: طلبان، %2 رمز، التكلفة %3</numerusform>
            <numerusform>%1: %Ln طلبات، %2 رمز، التكلفة %3</numerusform>
            <numerusform>%1: %Ln طلبًا، %2 رمز، التكلفة %3</numerusform>
            <numerusform>%1: %Ln طلب، %2 رمز، التكلفة %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), about %1 tokens (%2), %3, about %4</source>
        <translation>
            <numerusform>لا طلبات، نحو %1 رمز (%2)، %3، نحو %4</numerusform>
            <numerusform>طلب واحد، نحو %1 رمز (%2)، %3، نحو %4</numerusform>
            <numerusform>طلبان، نحو %1 رمز (%2)، %3، نحو %4</numerusform>
            <numerusform>%Ln طلبات، نحو %1 رمز (%2)، %3، نحو %4</numerusform>
            <numerusform>%Ln طلبًا، نحو %1 رمز (%2)، %3، نحو %4</numerusform>
            <numerusform>%Ln طلب، نحو %1 رمز (%2)، %3، نحو %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::RunOutcome</name>
    <message numerus="yes">
        <source>Cancelled: %1 of %n skill(s) have questions.</source>
        <translation>
            <numerusform>أُلغي: لدى %1 من %Ln مهارة أسئلة.</numerusform>
            <numerusform>أُلغي: لدى %1 من مهارة واحدة أسئلة.</numerusform>
            <numerusform>أُلغي: لدى %1 من مهارتين أسئلة.</numerusform>
            <numerusform>أُلغي: لدى %1 من %Ln مهارات أسئلة.</numerusform>
            <numerusform>أُلغي: لدى %1 من %Ln مهارة أسئلة.</numerusform>
            <numerusform>أُلغي: لدى %1 من %Ln مهارة أسئلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No skills to write questions for.</source>
        <translation>لا توجد مهارات تُكتب لها أسئلة.</translation>
    </message>
    <message numerus="yes">
        <source>No questions could be written for any of the %n skill(s).</source>
        <translation>
            <numerusform>تعذرت كتابة أي أسئلة، فلا توجد مهارات.</numerusform>
            <numerusform>تعذرت كتابة أسئلة للمهارة الوحيدة.</numerusform>
            <numerusform>تعذرت كتابة أسئلة لأيٍّ من المهارتين.</numerusform>
            <numerusform>تعذرت كتابة أسئلة لأيٍّ من المهارات الـ %Ln.</numerusform>
            <numerusform>تعذرت كتابة أسئلة لأيٍّ من المهارات الـ %Ln.</numerusform>
            <numerusform>تعذرت كتابة أسئلة لأيٍّ من المهارات الـ %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>First error: %1</source>
        <translation>أول خطأ: %1</translation>
    </message>
    <message numerus="yes">
        <source>Questions for all %n skill(s).</source>
        <translation>
            <numerusform>لا توجد مهارات.</numerusform>
            <numerusform>أسئلة للمهارة الوحيدة.</numerusform>
            <numerusform>أسئلة لكلتا المهارتين.</numerusform>
            <numerusform>أسئلة لكل المهارات الـ %Ln.</numerusform>
            <numerusform>أسئلة لكل المهارات الـ %Ln.</numerusform>
            <numerusform>أسئلة لكل المهارات الـ %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Questions for %1 of %n skill(s); without questions: %2.</source>
        <translation>
            <numerusform>أسئلة لـ %1 من %Ln مهارة؛ دون أسئلة: %2.</numerusform>
            <numerusform>أسئلة لـ %1 من مهارة واحدة؛ دون أسئلة: %2.</numerusform>
            <numerusform>أسئلة لـ %1 من مهارتين؛ دون أسئلة: %2.</numerusform>
            <numerusform>أسئلة لـ %1 من %Ln مهارات؛ دون أسئلة: %2.</numerusform>
            <numerusform>أسئلة لـ %1 من %Ln مهارة؛ دون أسئلة: %2.</numerusform>
            <numerusform>أسئلة لـ %1 من %Ln مهارة؛ دون أسئلة: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before any question was written.</source>
        <translation>أُلغي قبل كتابة أي سؤال.</translation>
    </message>
</context>
<context>
    <name>ip::RunPage</name>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>نُسخت %1 إلى الحافظة.</translation>
    </message>
    <message>
        <source>Opened from the history: the run of %1</source>
        <translation>فُتح من السجل: تشغيل %1</translation>
    </message>
    <message>
        <source>Opened from the history</source>
        <translation>فُتح من السجل</translation>
    </message>
    <message>
        <source>Review the skills, then choose Write Questions.</source>
        <translation>راجع المهارات، ثم اختر «اكتب الأسئلة».</translation>
    </message>
    <message>
        <source>Here is what a strong answer covers.</source>
        <translation>هذا ما تغطيه الإجابة القوية.</translation>
    </message>
    <message>
        <source>Your answer scored %1 out of 10.</source>
        <translation>نالت إجابتك %1 من 10.</translation>
    </message>
    <message numerus="yes">
        <source>Grading waits about %n s for %1.</source>
        <translation>
            <numerusform>ينتظر التقييم %1 لحظات.</numerusform>
            <numerusform>ينتظر التقييم %1 نحو ثانية واحدة.</numerusform>
            <numerusform>ينتظر التقييم %1 نحو ثانيتين.</numerusform>
            <numerusform>ينتظر التقييم %1 نحو %Ln ثوانٍ.</numerusform>
            <numerusform>ينتظر التقييم %1 نحو %Ln ثانية.</numerusform>
            <numerusform>ينتظر التقييم %1 نحو %Ln ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::RunService</name>
    <message>
        <source>Offline mode sends nothing to the internet: spoken answers need a speech-to-text server on this computer, not %1 — change the speech address in Settings, or type the answer.</source>
        <translation>وضع عدم الاتصال لا يرسل شيئًا إلى الإنترنت: الإجابات المنطوقة تحتاج خادم تحويل كلام إلى نص على هذا الحاسوب، لا %1 — غيّر عنوان الكلام في الإعدادات، أو اكتب الإجابة.</translation>
    </message>
</context>
<context>
    <name>ip::RunWait</name>
    <message numerus="yes">
        <source>Waiting about %n s for the %1 rate limit</source>
        <translation>
            <numerusform>انتظار أقل من ثانية لحد معدل %1</numerusform>
            <numerusform>انتظار نحو ثانية واحدة لحد معدل %1</numerusform>
            <numerusform>انتظار نحو ثانيتين لحد معدل %1</numerusform>
            <numerusform>انتظار نحو %Ln ثوانٍ لحد معدل %1</numerusform>
            <numerusform>انتظار نحو %Ln ثانية لحد معدل %1</numerusform>
            <numerusform>انتظار نحو %Ln ثانية لحد معدل %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting about %n s: %1</source>
        <translation>
            <numerusform>انتظار أقل من ثانية: %1</numerusform>
            <numerusform>انتظار نحو ثانية واحدة: %1</numerusform>
            <numerusform>انتظار نحو ثانيتين: %1</numerusform>
            <numerusform>انتظار نحو %Ln ثوانٍ: %1</numerusform>
            <numerusform>انتظار نحو %Ln ثانية: %1</numerusform>
            <numerusform>انتظار نحو %Ln ثانية: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::SendPreviewDialog</name>
    <message>
        <source>What Will Be Sent to %1</source>
        <translation>ما سيُرسل إلى %1</translation>
    </message>
    <message>
        <source>This is exactly what the run is about to send to %1. Nothing has been sent to it yet. Send lets this request and the run&apos;s later requests to %1 go.</source>
        <translation>هذا بالضبط ما سيرسله التشغيل إلى %1. لم يُرسل إليه شيء بعد. «إرسال» يسمح بخروج هذا الطلب وطلبات التشغيل اللاحقة إلى %1.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>إ&amp;رسال</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>إ&amp;لغاء التشغيل</translation>
    </message>
</context>
<context>
    <name>ip::SentLog</name>
    <message>
        <source>Instructions (system)</source>
        <translation>التعليمات (system)</translation>
    </message>
    <message>
        <source>Earlier answer (assistant)</source>
        <translation>إجابة سابقة (assistant)</translation>
    </message>
    <message>
        <source>Message (user)</source>
        <translation>الرسالة (user)</translation>
    </message>
    <message>
        <source>=== To %1 (%2), %3 characters, %4</source>
        <translation>=== إلى %1 (%2)، %3 حرفًا، %4</translation>
    </message>
    <message>
        <source>(the provider searches the web with this request)</source>
        <translation>(يبحث المزوّد في الويب بهذا الطلب)</translation>
    </message>
    <message>
        <source>Kept back, replaced by placeholders: %1</source>
        <translation>محجوب ومستبدل بعناصر نائبة: %1</translation>
    </message>
</context>
<context>
    <name>ip::SentLogDialog</name>
    <message>
        <source>What Was Sent</source>
        <translation>ما الذي أُرسل</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>الطلبات المرسلة</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Put the request shown on the clipboard, as text</source>
        <translation>ضع الطلب المعروض في الحافظة نصًّا</translation>
    </message>
    <message>
        <source>Nothing has been sent in this run yet.</source>
        <translation>لم يُرسل شيء في هذا التشغيل بعد.</translation>
    </message>
    <message>
        <source>%1  %2 · %3</source>
        <translation>%1  %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent in this run, %1 characters in all, exactly as the providers received them.</source>
        <translation>
            <numerusform>لم يُرسل أي طلب (%Ln) في هذا التشغيل، %1 حرفًا إجمالًا، كما استلمها المزوّدون تمامًا.</numerusform>
            <numerusform>أُرسل طلب واحد (%Ln) في هذا التشغيل، %1 حرفًا إجمالًا، كما استلمه المزوّدون تمامًا.</numerusform>
            <numerusform>أُرسل طلبان (%Ln) في هذا التشغيل، %1 حرفًا إجمالًا، كما استلمهما المزوّدون تمامًا.</numerusform>
            <numerusform>أُرسلت %Ln طلبات في هذا التشغيل، %1 حرفًا إجمالًا، كما استلمها المزوّدون تمامًا.</numerusform>
            <numerusform>أُرسل %Ln طلبًا في هذا التشغيل، %1 حرفًا إجمالًا، كما استلمها المزوّدون تمامًا.</numerusform>
            <numerusform>أُرسل %Ln طلب في هذا التشغيل، %1 حرفًا إجمالًا، كما استلمها المزوّدون تمامًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::SentRequestView</name>
    <message>
        <source>To &lt;b&gt;%1&lt;/b&gt;: %2, %3 characters.</source>
        <translation>إلى &lt;b&gt;%1&lt;/b&gt;: %2، %3 حرفًا.</translation>
    </message>
    <message>
        <source>The provider searches the web with it.</source>
        <translation>يبحث المزوّد في الويب به.</translation>
    </message>
    <message>
        <source>No personal data of the resume is in it, or keeping it back is off (Settings ▸ Privacy).</source>
        <translation>لا يحتوي على بيانات شخصية من السيرة الذاتية، أو أن حجبها متوقف (الإعدادات ▸ الخصوصية).</translation>
    </message>
    <message>
        <source>Personal data is replaced by the highlighted placeholders: %1.</source>
        <translation>البيانات الشخصية مستبدلة بالعناصر النائبة المميزة: %1.</translation>
    </message>
    <message>
        <source>Text sent</source>
        <translation>النص المرسل</translation>
    </message>
</context>
<context>
    <name>ip::SessionFile</name>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>صحيح أو خطأ</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقمًا</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نصًا</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائنًا</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>«%1» مفقود</translation>
    </message>
    <message>
        <source>“%1” should be %2</source>
        <translation>يجب أن يكون «%1» %2</translation>
    </message>
    <message>
        <source>“%1” has an unknown value “%2”</source>
        <translation>«%1» له قيمة غير معروفة «%2»</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>عددًا صحيحًا</translation>
    </message>
    <message>
        <source>“%1” is out of range (%2)</source>
        <translation>«%1» خارج النطاق (%2)</translation>
    </message>
    <message>
        <source>The session file “%1” is damaged and cannot be opened: %2.</source>
        <translation>ملف الجلسة «%1» تالف ولا يمكن فتحه: %2.</translation>
    </message>
    <message>
        <source>format version %1 cannot be converted</source>
        <translation>يتعذر تحويل إصدار التنسيق %1</translation>
    </message>
    <message>
        <source>it has an unknown format version %1</source>
        <translation>إصدار تنسيقه %1 غير معروف</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>الملف كبير جدًا</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>ليس JSON صالحًا (%1 عند البايت %2)</translation>
    </message>
    <message>
        <source>it is not a session file</source>
        <translation>ليس ملف جلسة</translation>
    </message>
    <message>
        <source>it is not a session file (no “schema_version”)</source>
        <translation>ليس ملف جلسة (لا يوجد «schema_version»)</translation>
    </message>
    <message>
        <source>The session file “%1” was made by a newer version of Interview Prep (session format %2; this version reads format %3 and older). Update the app to open it.</source>
        <translation>أُنشئ ملف الجلسة «%1» بإصدار أحدث من Interview Prep (تنسيق الجلسة %2؛ وهذا الإصدار يقرأ التنسيق %3 وما قبله). حدّث التطبيق لفتحه.</translation>
    </message>
    <message>
        <source>Could not read the session file “%1”: %2.</source>
        <translation>تعذرت قراءة ملف الجلسة «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>«%1» ليس تاريخًا</translation>
    </message>
    <message>
        <source>text or an object</source>
        <translation>نصًا أو كائنًا</translation>
    </message>
</context>
<context>
    <name>ip::SessionStore</name>
    <message>
        <source>There is no saved session “%1”.</source>
        <translation>لا توجد جلسة محفوظة باسم «%1».</translation>
    </message>
    <message>
        <source>The session has no valid name; it was not saved.</source>
        <translation>ليس للجلسة اسم صالح؛ لذا لم تُحفظ.</translation>
    </message>
    <message>
        <source>Could not delete the session “%1”: %2</source>
        <translation>تعذر حذف الجلسة «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ip::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>S&amp;kills model:</source>
        <translation>نموذج المهارات (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Questions model:</source>
        <translation>نموذج الأسئلة (&amp;Q):</translation>
    </message>
    <message>
        <source>Sources &amp;model:</source>
        <translation>نموذج المصادر (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Find sources with Google Search (grounding)</source>
        <translation>البحث عن مصادر عبر بحث Google (الاستناد) (&amp;F)</translation>
    </message>
    <message>
        <source>Questions are based on web sources found for each skill; without it they are written from the model&apos;s general knowledge</source>
        <translation>تستند الأسئلة إلى مصادر من الويب يُعثر عليها لكل مهارة؛ ومن دون ذلك تُكتب من المعرفة العامة للنموذج</translation>
    </message>
    <message>
        <source>Find sources with Google Search</source>
        <translation>البحث عن مصادر عبر بحث Google</translation>
    </message>
    <message>
        <source>Where API keys are stored</source>
        <translation>مكان تخزين مفاتيح API</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>المزوّدون</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>المزوّدون (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Limits</source>
        <translation>الحدود (&amp;L)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>اللغة (&amp;A)</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>صفحات الإعدادات</translation>
    </message>
    <message>
        <source>Put every setting on this page back to its default (keys are kept)</source>
        <translation>أعد كل إعدادات هذه الصفحة إلى قيمها الافتراضية (تبقى المفاتيح)</translation>
    </message>
    <message>
        <source>API keys are stored in %1, never in the settings file.</source>
        <translation>تُخزَّن مفاتيح API في %1، وليس في ملف الإعدادات أبدًا.</translation>
    </message>
    <message>
        <source>No keychain is available: %1 Keys you enter are kept for this session only and must be entered again after a restart.</source>
        <translation>لا تتوفر سلسلة مفاتيح: %1 المفاتيح التي تدخلها تبقى لهذه الجلسة فقط ويجب إدخالها مجددًا بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <source>Pri&amp;ces</source>
        <translation>الأسعار (&amp;C)</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>الخصوصية (&amp;V)</translation>
    </message>
    <message>
        <source>Stora&amp;ge</source>
        <translation>ال&amp;تخزين</translation>
    </message>
    <message>
        <source>V&amp;oice</source>
        <translation>الصوت (&amp;O)</translation>
    </message>
</context>
<context>
    <name>ip::SkillExtractionStage</name>
    <message>
        <source>The resume was shortened to %1 of %2 characters to fit the token limit of %3.</source>
        <translation>اختُصرت السيرة الذاتية إلى %1 من أصل %2 حرف لتتسع ضمن حد الرموز البالغ %3.</translation>
    </message>
    <message>
        <source>The token limit (%1) is too small to ask for the resume&apos;s skills.</source>
        <translation>حد الرموز (%1) أصغر من أن يكفي للسؤال عن مهارات السيرة الذاتية.</translation>
    </message>
    <message>
        <source>No technical skills were found in the resume.</source>
        <translation>لم يُعثر على أي مهارات تقنية في السيرة الذاتية.</translation>
    </message>
    <message>
        <source>Could not extract skills: %1</source>
        <translation>تعذر استخراج المهارات: %1</translation>
    </message>
</context>
<context>
    <name>ip::SkillReviewPanel</name>
    <message>
        <source>Review the skills before questions are written</source>
        <translation>راجع المهارات قبل كتابة الأسئلة</translation>
    </message>
    <message>
        <source>Questions are written for this list, in this order. Rename a skill with a double-click or F2, drag it or use Move Up and Move Down (Alt+Up, Alt+Down), remove it with Delete, or add one below.</source>
        <translation>تُكتب الأسئلة لهذه القائمة بهذا الترتيب. أعد تسمية مهارة بنقرة مزدوجة أو F2، أو اسحبها أو استخدم «لأعلى» و«لأسفل» (Alt+أعلى، Alt+أسفل)، أو احذفها بمفتاح Delete، أو أضف مهارة أدناه.</translation>
    </message>
    <message>
        <source>Skills to write questions for</source>
        <translation>المهارات التي تُكتب لها الأسئلة</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>لأ&amp;على</translation>
    </message>
    <message>
        <source>Move the skill up</source>
        <translation>انقل المهارة لأعلى</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>لأ&amp;سفل</translation>
    </message>
    <message>
        <source>Move the skill down</source>
        <translation>انقل المهارة لأسفل</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>ا&amp;حذف</translation>
    </message>
    <message>
        <source>Remove the skill</source>
        <translation>احذف المهارة</translation>
    </message>
    <message>
        <source>Add a skill, e.g. Kubernetes</source>
        <translation>أضف مهارة، مثل Kubernetes</translation>
    </message>
    <message>
        <source>Skill to add</source>
        <translation>المهارة المراد إضافتها</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>أ&amp;ضف</translation>
    </message>
    <message>
        <source>Add the skill</source>
        <translation>أضف المهارة</translation>
    </message>
    <message>
        <source>Why the skill was not taken</source>
        <translation>لماذا لم تُقبل المهارة</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>ألغِ التشغيل</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>ألغِ التشغيل</translation>
    </message>
    <message>
        <source>&amp;Write Questions</source>
        <translation>ا&amp;كتب الأسئلة</translation>
    </message>
    <message>
        <source>Write questions for these skills</source>
        <translation>اكتب الأسئلة لهذه المهارات</translation>
    </message>
    <message>
        <source>“%1” is not a skill name.</source>
        <translation>«%1» ليس اسم مهارة.</translation>
    </message>
    <message>
        <source>“%1” is already in the list (as “%2”).</source>
        <translation>«%1» موجودة في القائمة بالفعل (باسم «%2»).</translation>
    </message>
    <message numerus="yes">
        <source>At most %n skills can be asked about in one run.</source>
        <translation>
            <numerusform>لا مهارات</numerusform>
            <numerusform>مهارة واحدة على الأكثر في التشغيل الواحد.</numerusform>
            <numerusform>مهارتان على الأكثر في التشغيل الواحد.</numerusform>
            <numerusform>%Ln مهارات على الأكثر في التشغيل الواحد.</numerusform>
            <numerusform>%Ln مهارة على الأكثر في التشغيل الواحد.</numerusform>
            <numerusform>%Ln مهارة على الأكثر في التشغيل الواحد.</numerusform>
        </translation>
    </message>
    <message>
        <source>A skill needs a name; “%1” is kept.</source>
        <translation>المهارة تحتاج إلى اسم؛ تبقى «%1».</translation>
    </message>
    <message>
        <source>“%1” is already in the list (as “%2”); “%3” is kept.</source>
        <translation>«%1» موجودة في القائمة بالفعل (باسم «%2»)؛ تبقى «%3».</translation>
    </message>
    <message>
        <source>Add at least one skill to write questions for.</source>
        <translation>أضف مهارة واحدة على الأقل لتُكتب لها الأسئلة.</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>لا مهارات</numerusform>
            <numerusform>مهارة واحدة</numerusform>
            <numerusform>مهارتان</numerusform>
            <numerusform>%Ln مهارات</numerusform>
            <numerusform>%Ln مهارة</numerusform>
            <numerusform>%Ln مهارة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::SkillSectionWidget</name>
    <message>
        <source>the questions for %1</source>
        <translation>أسئلة %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>إعادة محاولة %1</translation>
    </message>
    <message>
        <source>Runs this skill again</source>
        <translation>يعيد تشغيل هذه المهارة</translation>
    </message>
    <message>
        <source>Copy questions</source>
        <translation>نسخ الأسئلة</translation>
    </message>
    <message>
        <source>Copy the questions for %1</source>
        <translation>نسخ أسئلة %1</translation>
    </message>
    <message>
        <source>Puts all questions of this skill on the clipboard</source>
        <translation>يضع كل أسئلة هذه المهارة في الحافظة</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة التوليد</translation>
    </message>
    <message>
        <source>Write new questions for this skill only</source>
        <translation>اكتب أسئلة جديدة لهذه المهارة فقط</translation>
    </message>
    <message>
        <source>Regenerate %1</source>
        <translation>إعادة توليد %1</translation>
    </message>
    <message>
        <source>Writes new questions for this skill only</source>
        <translation>يكتب أسئلة جديدة لهذه المهارة فقط</translation>
    </message>
    <message>
        <source>Why this skill failed</source>
        <translation>سبب فشل هذه المهارة</translation>
    </message>
    <message>
        <source>Where the questions come from</source>
        <translation>مصدر الأسئلة</translation>
    </message>
    <message>
        <source>question %1 for %2</source>
        <translation>السؤال %1 عن %2</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>قيد البحث</translation>
    </message>
    <message>
        <source>generating</source>
        <translation>قيد التوليد</translation>
    </message>
    <message>
        <source>done</source>
        <translation>اكتمل</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>سؤال واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n questions</source>
        <translation>
            <numerusform>لا أسئلة</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%Ln أسئلة</numerusform>
            <numerusform>%Ln سؤالًا</numerusform>
            <numerusform>%Ln سؤال</numerusform>
        </translation>
    </message>
    <message>
        <source>grounded</source>
        <translation>مستند إلى مصادر</translation>
    </message>
    <message>
        <source>general knowledge</source>
        <translation>معرفة عامة</translation>
    </message>
    <message>
        <source>Questions are based on sources found on the web</source>
        <translation>تستند الأسئلة إلى مصادر من الويب</translation>
    </message>
    <message>
        <source>Questions are written from the model&apos;s general knowledge</source>
        <translation>تُكتب الأسئلة من المعرفة العامة للنموذج</translation>
    </message>
    <message>
        <source>Written from general knowledge: %1</source>
        <translation>مكتوبة من المعرفة العامة: %1</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>‏%1، %2، %3</translation>
    </message>
    <message>
        <source>Expanded. Press Space to collapse.</source>
        <translation>موسَّع. اضغط مفتاح المسافة للطي.</translation>
    </message>
    <message>
        <source>Collapsed. Press Space to expand.</source>
        <translation>مطوي. اضغط مفتاح المسافة للتوسيع.</translation>
    </message>
    <message>
        <source>Hide the questions</source>
        <translation>إخفاء الأسئلة</translation>
    </message>
    <message>
        <source>Show the questions</source>
        <translation>إظهار الأسئلة</translation>
    </message>
    <message>
        <source>This skill failed.</source>
        <translation>فشلت هذه المهارة.</translation>
    </message>
    <message>
        <source>Waiting for its turn…</source>
        <translation>بانتظار دورها…</translation>
    </message>
    <message>
        <source>Searching the web for sources…</source>
        <translation>البحث على الويب عن مصادر…</translation>
    </message>
    <message>
        <source>Writing questions…</source>
        <translation>كتابة الأسئلة…</translation>
    </message>
    <message>
        <source>No questions.</source>
        <translation>لا أسئلة.</translation>
    </message>
    <message>
        <source>More Questions</source>
        <translation>أسئلة إضافية</translation>
    </message>
    <message>
        <source>Ask for new questions on this skill that repeat none it has (nor those of earlier runs of this resume)</source>
        <translation>اطلب أسئلة جديدة عن هذه المهارة لا تكرر أيًّا مما لديها (ولا أسئلة التشغيلات السابقة لهذه السيرة الذاتية)</translation>
    </message>
    <message>
        <source>More questions on %1</source>
        <translation>أسئلة إضافية عن %1</translation>
    </message>
    <message>
        <source>Adds new questions after these, repeating none of them</source>
        <translation>يضيف أسئلة جديدة بعد هذه دون تكرار أي منها</translation>
    </message>
    <message>
        <source>Harder</source>
        <translation>أصعب</translation>
    </message>
    <message>
        <source>Ask for harder questions on this skill: edge cases, failure modes and trade-offs</source>
        <translation>اطلب أسئلة أصعب عن هذه المهارة: الحالات الحدية وأنماط الأعطال والمفاضلات</translation>
    </message>
    <message>
        <source>Harder questions on %1</source>
        <translation>أسئلة أصعب عن %1</translation>
    </message>
    <message>
        <source>Adds harder questions after these, repeating none of them</source>
        <translation>يضيف أسئلة أصعب بعد هذه دون تكرار أي منها</translation>
    </message>
    <message>
        <source>No question matches the filters</source>
        <translation>لا يطابق أي سؤال عوامل التصفية</translation>
    </message>
    <message>
        <source>Claims you must be ready to defend</source>
        <translation>ادعاءات يجب أن تكون مستعدًا للدفاع عنها</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Claim %1</source>
        <translation>الادعاء %1</translation>
    </message>
    <message>
        <source>%1 of 1 question</source>
        <translation>%1 من سؤال واحد</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n questions</source>
        <translation>
            <numerusform>%1 من %Ln سؤال</numerusform>
            <numerusform>%1 من سؤال واحد</numerusform>
            <numerusform>%1 من سؤالين</numerusform>
            <numerusform>%1 من %Ln أسئلة</numerusform>
            <numerusform>%1 من %Ln سؤالًا</numerusform>
            <numerusform>%1 من %Ln سؤال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::SourceList</name>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Opens %1 in the browser</source>
        <translation>يفتح %1 في المتصفح</translation>
    </message>
</context>
<context>
    <name>ip::Speaker</name>
    <message>
        <source>No text-to-speech engine is installed (on Debian: qt6-speech-flite-plugin or speech-dispatcher).</source>
        <translation>لا يوجد محرّك لتحويل النص إلى كلام مثبّت (في دبيان: qt6-speech-flite-plugin أو speech-dispatcher).</translation>
    </message>
    <message>
        <source>The text-to-speech engine “%1” is not installed (on Debian: qt6-speech-flite-plugin or speech-dispatcher).</source>
        <translation>محرّك تحويل النص إلى كلام «%1» غير مثبّت (في دبيان: qt6-speech-flite-plugin أو speech-dispatcher).</translation>
    </message>
    <message>
        <source>The text-to-speech engine “%1” does not work.</source>
        <translation>محرّك تحويل النص إلى كلام «%1» لا يعمل.</translation>
    </message>
    <message>
        <source>The text-to-speech engine “%1” does not work: %2</source>
        <translation>محرّك تحويل النص إلى كلام «%1» لا يعمل: %2</translation>
    </message>
    <message>
        <source>Text-to-speech stopped working.</source>
        <translation>توقّف تحويل النص إلى كلام عن العمل.</translation>
    </message>
    <message>
        <source>Text-to-speech stopped working: %1</source>
        <translation>توقّف تحويل النص إلى كلام عن العمل: %1</translation>
    </message>
    <message>
        <source>No sound output device was found, so the text cannot be read aloud.</source>
        <translation>لم يُعثر على جهاز لإخراج الصوت، فلا يمكن قراءة النص بصوت عالٍ.</translation>
    </message>
    <message>
        <source>The text could not be read aloud.</source>
        <translation>تعذّرت قراءة النص بصوت عالٍ.</translation>
    </message>
    <message>
        <source>The text could not be read aloud: %1</source>
        <translation>تعذّرت قراءة النص بصوت عالٍ: %1</translation>
    </message>
</context>
<context>
    <name>ip::StoragePage</name>
    <message>
        <source>Nothing stored</source>
        <translation>لا شيء مخزّن</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n file(s)</source>
        <translation>
            <numerusform>%1، لا ملفات</numerusform>
            <numerusform>%1، ملف واحد</numerusform>
            <numerusform>%1، ملفان</numerusform>
            <numerusform>%1، %Ln ملفات</numerusform>
            <numerusform>%1، %Ln ملفًا</numerusform>
            <numerusform>%1، %Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>What this app keeps on this computer. API keys are not in these files: they are in the system keychain.</source>
        <translation>ما يحتفظ به هذا التطبيق على هذا الحاسوب. مفاتيح API ليست في هذه الملفات: إنها في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Stored on this computer</source>
        <translation>مخزّن على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>جارٍ القياس…</translation>
    </message>
    <message>
        <source>&amp;Delete everything this app stored…</source>
        <translation>ا&amp;حذف كل ما خزّنه هذا التطبيق…</translation>
    </message>
    <message>
        <source>Remove the runs, the result cache and the logs, and reset every setting</source>
        <translation>أزل التشغيلات وذاكرة النتائج والسجلات، وأعد ضبط كل الإعدادات</translation>
    </message>
    <message>
        <source>Delete everything this app stored</source>
        <translation>احذف كل ما خزّنه هذا التطبيق</translation>
    </message>
    <message>
        <source>Storage status</source>
        <translation>حالة التخزين</translation>
    </message>
    <message>
        <source>Nothing is stored in files by this app.</source>
        <translation>لا يخزّن هذا التطبيق شيئًا في ملفات.</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>افتح المجلد</translation>
    </message>
    <message>
        <source>Open the folder of: %1</source>
        <translation>افتح مجلد: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete everything this app stored?</source>
        <translation>أتحذف كل ما خزّنه هذا التطبيق؟</translation>
    </message>
    <message>
        <source>These go:</source>
        <translation>سيُزال ما يلي:</translation>
    </message>
    <message>
        <source>Every setting goes back to its default. The API keys stay in the keychain unless you tick the box below. This cannot be undone.</source>
        <translation>يعود كل إعداد إلى قيمته الافتراضية. تبقى مفاتيح API في سلسلة المفاتيح ما لم تحدد المربع أدناه. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <source>Also remove the API &amp;keys from the keychain</source>
        <translation>أزل أيضًا م&amp;فاتيح API من سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ا&amp;حذف</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>جارٍ الحذف…</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) (%1).</source>
        <translation>
            <numerusform>لم يُزل أي ملف (%1).</numerusform>
            <numerusform>أُزيل ملف واحد (%1).</numerusform>
            <numerusform>أُزيل ملفان (%1).</numerusform>
            <numerusform>أُزيلت %Ln ملفات (%1).</numerusform>
            <numerusform>أُزيل %Ln ملفًا (%1).</numerusform>
            <numerusform>أُزيل %Ln ملف (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every setting is back to its default.</source>
        <translation>عاد كل إعداد إلى قيمته الافتراضية.</translation>
    </message>
    <message>
        <source>The API keys were kept.</source>
        <translation>احتُفظ بمفاتيح API.</translation>
    </message>
    <message>
        <source>The API keys were removed from the keychain.</source>
        <translation>أُزيلت مفاتيح API من سلسلة المفاتيح.</translation>
    </message>
    <message>
        <source>Could not remove the API keys of %1: %2</source>
        <translation>تعذّرت إزالة مفاتيح API الخاصة بـ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Could not remove %n file(s): %1</source>
        <translation>
            <numerusform>تعذّرت إزالة أي ملف: %1</numerusform>
            <numerusform>تعذّرت إزالة ملف واحد: %1</numerusform>
            <numerusform>تعذّرت إزالة ملفين: %1</numerusform>
            <numerusform>تعذّرت إزالة %Ln ملفات: %1</numerusform>
            <numerusform>تعذّرت إزالة %Ln ملفًا: %1</numerusform>
            <numerusform>تعذّرت إزالة %Ln ملف: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ip::StoredData</name>
    <message>
        <source>Runs (history)</source>
        <translation>التشغيلات (السجل)</translation>
    </message>
    <message>
        <source>Result cache</source>
        <translation>ذاكرة النتائج</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Settings file</source>
        <translation>ملف الإعدادات</translation>
    </message>
    <message>
        <source>No key store is available.</source>
        <translation>لا يتوفر مخزن مفاتيح.</translation>
    </message>
    <message>
        <source>Study deck</source>
        <translation>بطاقات الدراسة</translation>
    </message>
</context>
<context>
    <name>ip::StudyDialog</name>
    <message>
        <source>Again</source>
        <translation>مجددًا</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>صعب</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>سهل</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>غدًا</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>اليوم</numerusform>
            <numerusform>بعد يوم واحد</numerusform>
            <numerusform>بعد يومين</numerusform>
            <numerusform>بعد %Ln أيام</numerusform>
            <numerusform>بعد %Ln يومًا</numerusform>
            <numerusform>بعد %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Bringing the deck up to date with your saved runs…</source>
        <translation>جارٍ تحديث مجموعة البطاقات من تشغيلاتك المحفوظة…</translation>
    </message>
    <message>
        <source>Some saved runs could not be read and were left out: %1</source>
        <translation>تعذّرت قراءة بعض التشغيلات المحفوظة فاستُبعدت: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new card(s) from your saved runs</source>
        <translation>
            <numerusform>لا بطاقات جديدة من تشغيلاتك المحفوظة</numerusform>
            <numerusform>بطاقة جديدة واحدة من تشغيلاتك المحفوظة</numerusform>
            <numerusform>بطاقتان جديدتان من تشغيلاتك المحفوظة</numerusform>
            <numerusform>%Ln بطاقات جديدة من تشغيلاتك المحفوظة</numerusform>
            <numerusform>%Ln بطاقة جديدة من تشغيلاتك المحفوظة</numerusform>
            <numerusform>%Ln بطاقة جديدة من تشغيلاتك المحفوظة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n card(s) of deleted runs left the deck</source>
        <translation>
            <numerusform>؛ لم تغادر أي بطاقة من تشغيلات محذوفة</numerusform>
            <numerusform>؛ غادرت بطاقة واحدة من تشغيلات محذوفة</numerusform>
            <numerusform>؛ غادرت بطاقتان من تشغيلات محذوفة</numerusform>
            <numerusform>؛ غادرت %Ln بطاقات من تشغيلات محذوفة</numerusform>
            <numerusform>؛ غادرت %Ln بطاقة من تشغيلات محذوفة</numerusform>
            <numerusform>؛ غادرت %Ln بطاقة من تشغيلات محذوفة</numerusform>
        </translation>
    </message>
    <message>
        <source>The study deck could not be opened.</source>
        <translation>تعذّر فتح مجموعة بطاقات الدراسة.</translation>
    </message>
    <message>
        <source>%1: %2 due, %3 new, %4 cards</source>
        <translation>%1: %2 مستحقة، %3 جديدة، %4 بطاقات</translation>
    </message>
    <message>
        <source>Your deck is empty: every question of every saved run becomes a card. Run a resume first.</source>
        <translation>مجموعة بطاقاتك فارغة: كل سؤال من كل تشغيل محفوظ يصبح بطاقة. شغّل سيرة ذاتية أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due today. %n card(s) in the deck.</source>
        <translation>
            <numerusform>لا شيء مستحق اليوم. لا بطاقات في المجموعة.</numerusform>
            <numerusform>لا شيء مستحق اليوم. بطاقة واحدة في المجموعة.</numerusform>
            <numerusform>لا شيء مستحق اليوم. بطاقتان في المجموعة.</numerusform>
            <numerusform>لا شيء مستحق اليوم. %Ln بطاقات في المجموعة.</numerusform>
            <numerusform>لا شيء مستحق اليوم. %Ln بطاقة في المجموعة.</numerusform>
            <numerusform>لا شيء مستحق اليوم. %Ln بطاقة في المجموعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today: %1 · New: %2 · In the deck: %3</source>
        <translation>مستحقة اليوم: %1 · جديدة: %2 · في المجموعة: %3</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Review %n Card(s)</source>
        <translation>
            <numerusform>&amp;مراجعة</numerusform>
            <numerusform>&amp;مراجعة بطاقة واحدة</numerusform>
            <numerusform>&amp;مراجعة بطاقتين</numerusform>
            <numerusform>&amp;مراجعة %Ln بطاقات</numerusform>
            <numerusform>&amp;مراجعة %Ln بطاقة</numerusform>
            <numerusform>&amp;مراجعة %Ln بطاقة</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;مراجعة</translation>
    </message>
    <message>
        <source>Card %1 of %2 · %3</source>
        <translation>البطاقة %1 من %2 · %3</translation>
    </message>
    <message>
        <source> · new</source>
        <translation> · جديدة</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>السؤال: %1</translation>
    </message>
    <message>
        <source>&amp;%1 %2 · %3</source>
        <translation>&amp;%1 %2 · %3</translation>
    </message>
    <message>
        <source>%1: the card comes back %2</source>
        <translation>%1: تعود البطاقة %2</translation>
    </message>
    <message>
        <source>This question has no key points (it was written before runs named them). Rate how well you could answer it.</source>
        <translation>لا نقاط أساسية لهذا السؤال (كُتب قبل أن تذكرها التشغيلات). قيّم مدى قدرتك على إجابته.</translation>
    </message>
    <message>
        <source>A strong answer covers:</source>
        <translation>الإجابة القوية تغطي:</translation>
    </message>
    <message>
        <source>From your resume:</source>
        <translation>من سيرتك الذاتية:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>المصادر:</translation>
    </message>
    <message>
        <source>The review could not be saved: %1</source>
        <translation>تعذّر حفظ المراجعة: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n card(s). Each comes back when its rating said.</source>
        <translation>
            <numerusform>لم تُراجع أي بطاقة.</numerusform>
            <numerusform>رُوجعت بطاقة واحدة. تعود حين يقول تقييمها.</numerusform>
            <numerusform>رُوجعت بطاقتان. تعود كلٌّ منهما حين يقول تقييمها.</numerusform>
            <numerusform>رُوجعت %Ln بطاقات. تعود كلٌّ منها حين يقول تقييمها.</numerusform>
            <numerusform>رُوجعت %Ln بطاقة. تعود كلٌّ منها حين يقول تقييمها.</numerusform>
            <numerusform>رُوجعت %Ln بطاقة. تعود كلٌّ منها حين يقول تقييمها.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Anki cards (*.txt)</source>
        <translation>بطاقات Anki (*.txt)</translation>
    </message>
    <message>
        <source>Export the deck as PDF</source>
        <translation>صدّر مجموعة البطاقات بصيغة PDF</translation>
    </message>
    <message>
        <source>Export the deck for Anki</source>
        <translation>صدّر مجموعة البطاقات إلى Anki</translation>
    </message>
    <message>
        <source>Study deck</source>
        <translation>بطاقات الدراسة</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n card(s) to %1</source>
        <translation>
            <numerusform>لم تُصدَّر أي بطاقة إلى %1</numerusform>
            <numerusform>صُدّرت بطاقة واحدة إلى %1</numerusform>
            <numerusform>صُدّرت بطاقتان إلى %1</numerusform>
            <numerusform>صُدّرت %Ln بطاقات إلى %1</numerusform>
            <numerusform>صُدّرت %Ln بطاقة إلى %1</numerusform>
            <numerusform>صُدّرت %Ln بطاقة إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Study deck backup (*.sqlite)</source>
        <translation>نسخة احتياطية لبطاقات الدراسة (*.sqlite)</translation>
    </message>
    <message>
        <source>Back up the study deck</source>
        <translation>انسخ بطاقات الدراسة احتياطيًا</translation>
    </message>
    <message>
        <source>Backed up the deck to %1</source>
        <translation>نُسخت مجموعة البطاقات احتياطيًا إلى %1</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Restore the study deck</source>
        <translation>استعد بطاقات الدراسة</translation>
    </message>
    <message>
        <source>Replace the deck?</source>
        <translation>أتستبدل مجموعة البطاقات؟</translation>
    </message>
    <message>
        <source>Replace your study deck with the backup “%1”? Reviews made since that backup are lost.</source>
        <translation>أتستبدل بطاقات دراستك بالنسخة الاحتياطية «%1»؟ ستضيع المراجعات التي جرت بعد تلك النسخة.</translation>
    </message>
    <message>
        <source>Restored the deck from %1</source>
        <translation>استُعيدت مجموعة البطاقات من %1</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>الدراسة</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>المهارة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مستحقة</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>البطاقات</translation>
    </message>
    <message>
        <source>Cards per skill</source>
        <translation>البطاقات لكل مهارة</translation>
    </message>
    <message>
        <source>What is due today</source>
        <translation>ما يستحق اليوم</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>تصدير &amp;PDF…</translation>
    </message>
    <message>
        <source>Export for &amp;Anki…</source>
        <translation>تصدير إلى &amp;Anki…</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <source>Restore the study deck from a backup</source>
        <translation>استعد بطاقات الدراسة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>&amp;Show Answer (Space)</source>
        <translation>&amp;أظهر الإجابة (مسافة)</translation>
    </message>
    <message>
        <source>Show the key points</source>
        <translation>أظهر النقاط الأساسية</translation>
    </message>
    <message>
        <source>&amp;End Review</source>
        <translation>أ&amp;نهِ المراجعة</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>النقاط الأساسية</translation>
    </message>
    <message>
        <source>Review shows the cards due today first, then new ones. Select skills to review only theirs.</source>
        <translation>تعرض المراجعة البطاقات المستحقة اليوم أولًا، ثم الجديدة. اختر مهارات لتراجع بطاقاتها وحدها.</translation>
    </message>
</context>
<context>
    <name>ip::StudySheet</name>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>A PDF can only be written with fonts available (no GUI).</source>
        <translation>لا يمكن كتابة PDF إلا مع توفر الخطوط (لا واجهة رسومية).</translation>
    </message>
    <message>
        <source>Could not make the PDF.</source>
        <translation>تعذّر إنشاء ملف PDF.</translation>
    </message>
    <message>
        <source>General knowledge — no web sources</source>
        <translation>معرفة عامة — بلا مصادر من الويب</translation>
    </message>
    <message>
        <source>Interview questions</source>
        <translation>أسئلة المقابلة</translation>
    </message>
    <message>
        <source>Interview questions — %1</source>
        <translation>أسئلة المقابلة — %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>لـ %1</translation>
    </message>
    <message>
        <source>models: %1</source>
        <translation>النماذج: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>المصادر: %1</translation>
    </message>
</context>
<context>
    <name>ip::Transcription</name>
    <message>
        <source>The recording is not a WAV file.</source>
        <translation>التسجيل ليس ملف WAV.</translation>
    </message>
    <message>
        <source>The recording is not plain PCM audio, so it cannot be cut into parts.</source>
        <translation>التسجيل ليس صوت PCM بسيطًا، فلا يمكن تقسيمه إلى أجزاء.</translation>
    </message>
    <message>
        <source>The WAV file&apos;s audio format is damaged.</source>
        <translation>صيغة الصوت في ملف WAV تالفة.</translation>
    </message>
    <message>
        <source>The transcription is not JSON.</source>
        <translation>التفريغ ليس JSON.</translation>
    </message>
    <message>
        <source>The transcription server answered with an error: %1</source>
        <translation>ردّ خادم التفريغ بخطأ: %1</translation>
    </message>
    <message>
        <source>The transcription has no text.</source>
        <translation>لا نص في التفريغ.</translation>
    </message>
    <message>
        <source>The transcription&apos;s segments are not a list.</source>
        <translation>مقاطع التفريغ ليست قائمة.</translation>
    </message>
    <message>
        <source>The upload limit is too small for any audio.</source>
        <translation>حدّ الرفع أصغر من أي صوت.</translation>
    </message>
</context>
<context>
    <name>ip::UrlPolicy</name>
    <message>
        <source>The address &quot;%1&quot; is not a valid web address.</source>
        <translation>العنوان «%1» ليس عنوان ويب صالحًا.</translation>
    </message>
    <message>
        <source>Refusing to send data over unencrypted http:// to %1. Use an https:// address (plain http is only allowed for servers on this computer).</source>
        <translation>رُفض إرسال البيانات عبر http:// غير المشفّر إلى %1. استخدم عنوانًا يبدأ بـ https:// (يُسمح بـ http العادي فقط للخوادم الموجودة على هذا الحاسوب).</translation>
    </message>
    <message>
        <source>Unsupported address scheme &quot;%1&quot; (use https://).</source>
        <translation>مخطط العنوان «%1» غير مدعوم (استخدم https://).</translation>
    </message>
</context>
<context>
    <name>ip::VoiceAnswer</name>
    <message>
        <source>Transcription stopped.</source>
        <translation>أُوقف التفريغ.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Recording… speak your answer; press again to stop.</source>
        <translation>جارٍ التسجيل… انطق إجابتك؛ اضغط مجددًا للإيقاف.</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Could not transcribe the recording: %1</source>
        <translation>تعذّر تفريغ التسجيل: %1</translation>
    </message>
    <message>
        <source>Transcribing %1 of speech…</source>
        <translation>جارٍ تفريغ %1 من الكلام…</translation>
    </message>
    <message>
        <source>Transcribing… part %1 of %2</source>
        <translation>جارٍ التفريغ… الجزء %1 من %2</translation>
    </message>
    <message>
        <source>The recording had no words in it. Try again closer to the microphone, or type.</source>
        <translation>لم يكن في التسجيل كلمات. حاول مجددًا أقرب إلى الميكروفون، أو اكتب.</translation>
    </message>
    <message>
        <source>Transcribed: edit it if needed, then Ctrl+Enter grades.</source>
        <translation>فُرّغ التسجيل: عدّله إن لزم، ثم يقيّمه Ctrl+Enter.</translation>
    </message>
    <message>
        <source>The recording is kept in %1.</source>
        <translation>حُفظ التسجيل في %1.</translation>
    </message>
    <message>
        <source>Stop &amp;Recording</source>
        <translation>أوقف ال&amp;تسجيل</translation>
    </message>
    <message>
        <source>Stop recording and transcribe</source>
        <translation>أوقف التسجيل وفرّغه</translation>
    </message>
    <message>
        <source>Stop Transcribing</source>
        <translation>أوقف التفريغ</translation>
    </message>
    <message>
        <source>Stop transcribing</source>
        <translation>أوقف التفريغ</translation>
    </message>
    <message>
        <source>&amp;Record Answer</source>
        <translation>&amp;سجّل الإجابة</translation>
    </message>
    <message>
        <source>Record your answer with the microphone</source>
        <translation>سجّل إجابتك بالميكروفون</translation>
    </message>
    <message>
        <source>Speak your answer (Ctrl+M); the transcript goes into the box to edit before grading</source>
        <translation>انطق إجابتك (Ctrl+M)؛ يوضع التفريغ في المربع لتعدّله قبل التقييم</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>مستوى الميكروفون</translation>
    </message>
    <message>
        <source>Recording time</source>
        <translation>مدة التسجيل</translation>
    </message>
</context>
<context>
    <name>ip::VoicePage</name>
    <message>
        <source>Spoken answers</source>
        <translation>الإجابات المنطوقة</translation>
    </message>
    <message>
        <source>Address of the speech-to-text server</source>
        <translation>عنوان خادم تحويل الكلام إلى نص</translation>
    </message>
    <message>
        <source>Speech-to-text model</source>
        <translation>نموذج تحويل الكلام إلى نص</translation>
    </message>
    <message>
        <source>&amp;Keep my recordings (with the saved runs)</source>
        <translation>احتفظ بتسجيلاتي (مع التشغيلات المحفوظة) (&amp;K)</translation>
    </message>
    <message>
        <source>Otherwise a recording is kept in memory only until it is transcribed.</source>
        <translation>وإلا يبقى التسجيل في الذاكرة فقط حتى يُفرَّغ.</translation>
    </message>
    <message>
        <source>Speech-to-text &amp;server:</source>
        <translation>خادم تحويل الكلام إلى نص (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>النموذج (&amp;M):</translation>
    </message>
    <message>
        <source>Record Answer (Ctrl+M) under a practice question sends the recording to this OpenAI-compatible /audio/transcriptions endpoint — Groq&apos;s, with your Groq key, or a server on this computer, which needs no key (offline mode allows only that) — and puts the transcript in the box to edit before grading. It goes nowhere else.</source>
        <translation>زر «سجّل الإجابة» (Ctrl+M) تحت سؤال التدريب يرسل التسجيل إلى نقطة النهاية /audio/transcriptions المتوافقة مع OpenAI هذه — نقطة Groq بمفتاح Groq الخاص بك، أو خادم على هذا الحاسوب لا يحتاج مفتاحًا (وضع عدم الاتصال لا يسمح إلا به) — ويضع التفريغ في المربع لتعدّله قبل التقييم. ولا يذهب إلى أي مكان آخر.</translation>
    </message>
    <message>
        <source>Questions read aloud</source>
        <translation>قراءة الأسئلة بصوت عالٍ</translation>
    </message>
    <message>
        <source>&amp;Read each practice question aloud when it appears</source>
        <translation>اقرأ كل سؤال تدريب بصوت عالٍ عند ظهوره (&amp;R)</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <source>Speaking rate</source>
        <translation>سرعة الكلام</translation>
    </message>
    <message>
        <source>Slower to the left, faster to the right</source>
        <translation>أبطأ إلى اليسار، أسرع إلى اليمين</translation>
    </message>
    <message>
        <source>&amp;Test Voice</source>
        <translation>جرّب الصوت (&amp;T)</translation>
    </message>
    <message>
        <source>This is how the questions will sound.</source>
        <translation>هكذا ستبدو الأسئلة مسموعة.</translation>
    </message>
    <message>
        <source>&amp;Voice:</source>
        <translation>الصوت (&amp;V):</translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation>السرعة (&amp;A):</translation>
    </message>
    <message>
        <source>Read Aloud beside every question reads it at any time.</source>
        <translation>زر «اقرأ بصوت عالٍ» بجانب كل سؤال يقرؤه في أي وقت.</translation>
    </message>
    <message>
        <source>The engine&apos;s default</source>
        <translation>الافتراضي للمحرّك</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, such as https://api.groq.com/openai/v1 or http://localhost:8000/v1.</source>
        <translation>أدخل عنوان الخادم، مثل https://api.groq.com/openai/v1 أو http://localhost:8000/v1.</translation>
    </message>
    <message>
        <source>No microphone was found on this computer: answers can still be typed.</source>
        <translation>لم يُعثر على ميكروفون في هذا الحاسوب: ما زال بالإمكان كتابة الإجابات.</translation>
    </message>
</context>
<context>
    <name>ip::WavFile</name>
    <message>
        <source>This is not a WAV file.</source>
        <translation>هذا ليس ملف WAV.</translation>
    </message>
    <message>
        <source>The WAV file&apos;s header is cut short.</source>
        <translation>ترويسة ملف WAV مبتورة.</translation>
    </message>
    <message>
        <source>The WAV file does not hold plain PCM samples (compressed or floating-point audio).</source>
        <translation>لا يحوي ملف WAV عيّنات PCM بسيطة (صوت مضغوط أو بفاصلة عائمة).</translation>
    </message>
    <message>
        <source>The WAV file&apos;s sample format is not supported.</source>
        <translation>صيغة عيّنات ملف WAV غير مدعومة.</translation>
    </message>
    <message>
        <source>The WAV file has no format before its samples.</source>
        <translation>لا صيغة في ملف WAV قبل عيّناته.</translation>
    </message>
    <message>
        <source>The WAV file holds no samples.</source>
        <translation>لا يحوي ملف WAV أي عيّنات.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No stored API keys.</source>
        <translation>لا توجد مفاتيح API مخزَّنة.</translation>
    </message>
    <message>
        <source>Deleted the stored API keys: %1.</source>
        <translation>حُذفت مفاتيح API المخزَّنة: %1.</translation>
    </message>
    <message>
        <source>interview-prep: error: %1</source>
        <translation>interview-prep: خطأ: %1</translation>
    </message>
    <message>
        <source>Interview Prep: deep technical interview questions from a resume.</source>
        <translation>Interview Prep: أسئلة مقابلات تقنية معمّقة من سيرة ذاتية.</translation>
    </message>
    <message>
        <source>Run without a window: progress on stderr, the report on stdout (or --output). Exit code 0 = every skill has questions, 2 = partial, 1 = nothing produced.</source>
        <translation>التشغيل دون نافذة: التقدم على stderr، والتقرير على stdout (أو --output). رمز الخروج 0 = لكل مهارة أسئلة، 2 = جزئي، 1 = لم يُنتج شيء.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>format</source>
        <translation>تنسيق</translation>
    </message>
    <message>
        <source>Write the questions in &lt;language&gt;: a code such as de or pt_BR, or an English name such as German (headless; default: the setting, else the interface language).</source>
        <translation>اكتب الأسئلة بـ &lt;لغة&gt;: رمز مثل de أو pt_BR، أو اسم إنجليزي مثل German (دون نافذة؛ الافتراضي: الإعداد، وإلا فلغة الواجهة).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>لغة</translation>
    </message>
    <message>
        <source>Log debug messages too.</source>
        <translation>سجّل رسائل التصحيح أيضًا.</translation>
    </message>
    <message>
        <source>Delete every API key stored in the system keychain.</source>
        <translation>احذف كل مفاتيح API المخزَّنة في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>interview-prep: error: unknown language &quot;%1&quot; (use a code such as de, or a name such as German).</source>
        <translation>interview-prep: خطأ: اللغة «%1» غير معروفة (استخدم رمزًا مثل de، أو اسمًا مثل German).</translation>
    </message>
    <message>
        <source>Continue a saved run (headless): a session id or file; only missing work is requested.</source>
        <translation>متابعة تشغيل محفوظ (دون نافذة): معرّف جلسة أو ملفها؛ لا يُطلب إلا العمل الناقص.</translation>
    </message>
    <message>
        <source>session</source>
        <translation>جلسة</translation>
    </message>
    <message>
        <source>Ask the providers again instead of reusing cached results (headless).</source>
        <translation>اسأل المزوّدين مجددًا بدلًا من إعادة استخدام النتائج المخزنة مؤقتًا (دون نافذة).</translation>
    </message>
    <message>
        <source>interview-prep: error: --resume continues a session; give no resume file.</source>
        <translation>interview-prep: خطأ: يتابع --resume جلسة؛ لا تحدّد ملف سيرة ذاتية.</translation>
    </message>
    <message>
        <source>A resume (PDF, .txt or .md) to open; with --headless, one or more.</source>
        <translation>سيرة ذاتية لفتحها (PDF أو .txt أو .md)؛ ومع --headless واحدة أو أكثر.</translation>
    </message>
    <message>
        <source>Write the report to &lt;file&gt; (headless); with several resumes, a folder for one report each.</source>
        <translation>اكتب التقرير في &lt;ملف&gt; (دون نافذة)؛ ومع عدة سير ذاتية، في مجلد لتقرير لكل منها.</translation>
    </message>
    <message>
        <source>interview-prep: error: --headless needs a resume file.</source>
        <translation>interview-prep: خطأ: يحتاج --headless إلى ملف سيرة ذاتية.</translation>
    </message>
    <message>
        <source>Print what a run of each resume would take under the configured limits (requests, tokens, time) and send nothing.</source>
        <translation>اطبع ما يتطلبه تشغيل كل سيرة ذاتية ضمن الحدود المضبوطة (الطلبات والرموز والوقت) دون إرسال أي شيء.</translation>
    </message>
    <message>
        <source>interview-prep: error: --estimate needs a resume file.</source>
        <translation>interview-prep: خطأ: يحتاج --estimate إلى ملف سيرة ذاتية.</translation>
    </message>
    <message>
        <source>Send the resume&apos;s personal data (name, contact details, date of birth, ids) as it is instead of placeholders (headless).</source>
        <translation>إرسال البيانات الشخصية للسيرة الذاتية (الاسم وبيانات الاتصال وتاريخ الميلاد وأرقام الهوية) كما هي بدلًا من العناصر النائبة (بلا واجهة).</translation>
    </message>
    <message>
        <source>Print every request to stderr as it is sent, exactly as the provider receives it (headless).</source>
        <translation>اطبع كل طلب على stderr عند إرساله، تمامًا كما يستلمه المزوّد (headless).</translation>
    </message>
    <message>
        <source>Offline mode for this run: skills and questions from the server on this computer set in Settings ▸ Privacy, no web research; nothing leaves this computer (headless).</source>
        <translation>وضع عدم الاتصال لهذا التشغيل: المهارات والأسئلة من الخادم على هذا الحاسوب المحدد في الإعدادات ▸ الخصوصية، دون بحث في الويب؛ لا يغادر شيء هذا الحاسوب (headless).</translation>
    </message>
    <message>
        <source>Write questions for these skills (comma-separated) instead of extracting them from the resume (headless).</source>
        <translation>اكتب أسئلة لهذه المهارات (مفصولة بفواصل) بدلًا من استخراجها من السيرة الذاتية (headless).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>interview-prep: error: --skills starts a new run; it cannot continue one (--resume).</source>
        <translation>interview-prep: خطأ: ‎--skills يبدأ تشغيلًا جديدًا؛ لا يمكنه متابعة تشغيل (‎--resume).</translation>
    </message>
    <message>
        <source>interview-prep: error: --skills needs at least one skill, e.g. --skills &quot;Go, SQL&quot;.</source>
        <translation>interview-prep: خطأ: ‎--skills يحتاج إلى مهارة واحدة على الأقل، مثل ‎--skills &quot;Go, SQL&quot;.</translation>
    </message>
    <message>
        <source>The level of the role: junior, mid, senior or staff; shapes the questions&apos; depth (headless; default: the setting).</source>
        <translation>مستوى الوظيفة: junior أو mid أو senior أو staff؛ يحدد عمق الأسئلة (بلا واجهة؛ الافتراضي: الإعداد).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>interview-prep: error: unknown level &quot;%1&quot; (use junior, mid, senior or staff).</source>
        <translation>interview-prep: خطأ: مستوى غير معروف &quot;%1&quot; (استخدم junior أو mid أو senior أو staff).</translation>
    </message>
    <message>
        <source>Target the job described in &lt;file&gt; (.txt, .md or .pdf): skills ranked by it, and questions for the skills it asks for that the resume does not show (headless).</source>
        <translation>استهدف الوظيفة الموصوفة في &lt;file&gt; (.txt أو .md أو .pdf): مهارات مرتبة حسبها، وأسئلة للمهارات التي تطلبها ولا تظهرها السيرة الذاتية (بلا واجهة).</translation>
    </message>
    <message>
        <source>interview-prep: error: --job starts a new run; continuing one (--resume) keeps its job.</source>
        <translation>interview-prep: خطأ: ‎--job يبدأ تشغيلًا جديدًا؛ ومتابعة تشغيل (‎--resume) تحتفظ بوظيفته.</translation>
    </message>
    <message>
        <source>interview-prep: error: --job ranks the skills found in the resume; with --skills none are looked for.</source>
        <translation>interview-prep: خطأ: ‎--job يرتب المهارات الموجودة في السيرة الذاتية؛ ومع ‎--skills لا يُبحث عن أي منها.</translation>
    </message>
    <message>
        <source>Report format: txt, md, json, pdf or anki (Anki cards to import) (headless).</source>
        <translation>صيغة التقرير: txt أو md أو json أو pdf أو anki (بطاقات Anki للاستيراد) (دون نافذة).</translation>
    </message>
    <message>
        <source>interview-prep: error: unknown report format &quot;%1&quot; (use txt, md, json, pdf or anki).</source>
        <translation>interview-prep: خطأ: صيغة التقرير «%1» غير معروفة (استخدم txt أو md أو json أو pdf أو anki).</translation>
    </message>
</context>
</TS>
