<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article to read. Select a passage, then press a category&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The article changed here: check this highlight and confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Authoring</name>
    <message>
        <source>this folder already holds a lesson pack and new-lesson never overwrites; choose another folder with --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this folder already holds other files and new-lesson never overwrites; choose another folder with --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” ({id}): {paragraphs}, {words}; source: {source}; author: {author}; published: {published}; address: {address}; {categories} and {prompts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder prompt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>the disk is full: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator is not allowed to write in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories students use, in the order they see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts stop asking for it; a lesson keeps at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this category up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this category down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name students see on the category&apos;s button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name saved in files: lower-case letters, digits and dashes. Answer keys and students&apos; work use it, so change it only before the lesson is handed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between the colours; Space chooses one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How highlights are underlined, so that colour is never the only cue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key students press to put a passage in this category: one letter or digit, different for each category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help for students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or two sentences a 13-year-old understands, ideally with an example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the categories look in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every category as students will see it highlighted in the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nderline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same key as {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colour from outside the palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryPalette</name>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}, key {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryWarnings</name>
    <message>
        <source>“{a}” and “{b}” both use the key {key}; give each category its own key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{a}” and “{b}” have the same id &apos;{id}&apos;; give each category its own id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two categories are both called “{a}”; students could not tell which is which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{a}” and “{b}” look alike: the same colour ({color}) and the same underline ({style}); change the colour or the underline of one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{a}” and “{b}” look alike: nearly the same colour ({color_a} and {color_b}, ΔE {delta}) and the same underline ({style}); change the colour or the underline of one of them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassTab</name>
    <message>
        <source>Key passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many students found each key passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement between students (Krippendorff&apos;s alpha)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassTable</name>
    <message numerus="yes">
        <source>Class: %n student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ ✖ +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The student&apos;s name and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the file was last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many passages the student highlighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic score against the key, out of the most possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score that counts: yours where you changed it (✎)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passages found, missed, and extra highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class table</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be used:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Files that could not be used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>{file}: cannot write: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pack}: lesson &apos;{lesson}&apos; has no answer key (key.yaml); give one with --key KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format {format} (choose one of: {formats})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nothing to export: no readable work for lesson &apos;{lesson}&apos; in %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n annotation(s) by {students} to {file}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: not written: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{students} from {files} (%n not used: see the messages above)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{students} from {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nothing to grade: no readable work for lesson &apos;{lesson}&apos; in %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>grades in {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n report(s) in {teacher} (with the key) and {students} (to hand back)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>graded {students} against lesson &apos;{lesson}&apos;; {written}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: cannot write the lesson pack ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made lesson pack {folder} (language: {language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: {file}: {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: adapt the prompts (lesson.yaml, or Edit lesson… in the app), then: annotator check {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Defaults</name>
    <message>
        <source>Named source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person or group the article names as the source of information, so you can look up who they are and why they might say it. For example: “Mayor Ana Ruiz said”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone whose information is used but whose name is kept hidden, so you cannot check who they are. For example: “officials said” or “a source close to the talks”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the story is set up: what it is called, what comes first, what it is compared to. Framing shapes how you see the events before you know the facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words chosen to make you feel something (anger, fear, admiration, scorn) instead of just describing. For example: “slammed” instead of “criticised”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hedge / speculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words that show something is a guess, a possibility or a second-hand report, not a sure fact. For example: “may”, “could”, “reportedly”, “is expected to”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The writer&apos;s own judgement or conclusion: not a fact you could check, and not something a source said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement of fact that matters to the story and that you would want to check somewhere else before you believe it, such as a number, a date or a “first ever”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing voice / context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place where a side of the story, a person affected or some background is left out, so you only hear part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is speaking? Highlight every source the article uses, named or not. In each note, say how we know who the source is (a name, a job, nothing at all) and why they might say what they say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which words frame the story? Start with the headline and the first paragraph. Highlight words that tell you how to see the events or how to feel about them, and in each note suggest a more neutral word. Then answer: does the rest of the article support the headline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs checking? Highlight claims you would want to check before you believe them, and words that show a guess rather than a fact. In each note, say where you could check it or what evidence is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose voice is missing? Highlight a place where another side, a person affected or some background would change the picture. In your answer, say who else you would want to hear from, and why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Welcome to Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson: {title}

Type your name so your teacher knows whose work this is. Annotator remembers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student number (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Comment on the chosen highlight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the chosen highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a highlight in the Key tab or the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score for prompt {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on prompt {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of the prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher&apos;s total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic ({auto})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: {auto} of {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of the prompts ({total})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on “{quote}”:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words in the article (Enter: next, Shift+Enter: previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the previous place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the words to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} · Esc: back to the article to mark it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightList</name>
    <message>
        <source>My highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in the article (kept, check them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for any prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>{path}: answer key for &apos;{lesson}&apos;: {items}, {not_flagged} not to flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: teacher feedback for {student} on &apos;{lesson}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fuzzy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pack}: lesson &apos;{lesson}&apos; OK: {categories}, {prompts}, {key}, article {characters}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {count} (give --lesson PACK to place them on the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: note: made for lesson &apos;{made_for}&apos;, checked against &apos;{lesson}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: note: made for a different text of the article; passages are found again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyList</name>
    <message>
        <source>Found, missed and extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer key in this lesson pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Found ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Missed ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Extra: matches nothing in the key ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyWindow</name>
    <message>
        <source>Answer key: {title} — Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale: why an expert marks this passage (one sentence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale for this key passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the answer key: mark each passage an expert would mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer key mode: mark each passage an expert would mark. Saved automatically to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories also accepted for this passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A student&apos;s highlight in any ticked category counts as found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also accept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt this passage scores for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding this passage adds its points to this prompt&apos;s score (up to the prompt&apos;s maximum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for finding this passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passages of this prompt: {used:g} points; its maximum: {max}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your school set the language on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be saved: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator will speak {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>This lesson could not be opened: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be opened: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>grade levels: “{part}” is not a grade from 1 to 13 (write e.g. 9, 10 or 9–12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit lesson: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesson and article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: keep these changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What students and the lesson library see as the lesson&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School grades the lesson is for, e.g. 9, 10 or 9–12. May stay empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 9, 10 or 9–12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes the lesson takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the lesson takes in class; 0 leaves it unsaid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article&apos;s language as a code: en, es, fr, de, pt-BR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning objectives, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each objective is one bullet; Enter starts the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What students will be able to do, one objective per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article, as its source gives it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a field empty when the source does not say: students should not see a guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headl&amp;ine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication or website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best as a date like 2019-02-28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must be a code such as en, es or pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category {n} needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” needs an id (lower-case letters, digits, dashes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” needs a key (one letter or digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer key uses the category “{label}” (id {id}); keep it, with that id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt {n} has no question yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt {n} expects highlights but ticks no category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these to save the lesson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth a look:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems listed above first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Lesson library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import .zip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a lesson pack from a .zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a copy of a shared lesson pack to your lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for &amp;students…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for students, without the answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .zip of the lesson without the answer key, to hand out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for &amp;teachers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for teachers, with the answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .zip of the lesson with its answer key, for colleagues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the chosen lesson:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons that come with Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (cannot be opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: make a new lesson or import a .zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lesson in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson cannot be opened: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” comes with Annotator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a lesson pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be imported, and your lessons are unchanged.

{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator could not write to {folder}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “{title}” into your lessons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for teachers (with the answer key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for students (without the answer key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with its answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without the answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{title}” {what} as {zip}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockKeeper</name>
    <message>
        <source>Changes made here after {time} are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made here are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this work is now open in {holder}, which saves it. {since} To keep them, hand them in (File ▸ Hand in…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saving: open in another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: this work is now open in {holder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockWords</name>
    <message>
        <source>another Annotator window (on {host}, opened at {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another computer or window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewLessonDialog</name>
    <message>
        <source>New lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a lesson from a news article. It starts with the standard categories and four sample prompts; change them afterwards with Edit lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an article &amp;file (.txt, .md, or a web page saved as .html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the lesson from an article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From text I &amp;paste here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the lesson from pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose an article file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .txt or .md file, or a news page saved from a web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text to paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the article here. Leave a blank line between paragraphs; a short first line without a full stop becomes the headline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: leave empty to use the article&apos;s headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the lesson in the library and on students&apos; screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the lesson could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be made into a lesson: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text cannot be made into a lesson: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Category of this highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, this is the right place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm where this highlight was placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: why did you mark this passage?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did you mark this? (Esc goes back to the article)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teacher&apos;s comment on this highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher: {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a passage in the article, then press a category&apos;s key (1–8) or click a category. Then write why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article changed here. Check the highlighted place and confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words are no longer in the article. Your note is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Your teacher&apos;s feedback file could not be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator could not remember your name on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved work could not be read ({why}). It will be kept for your teacher; you start with a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved work could not be read ({why}). It was kept as {name} for your teacher; you start with a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the copy your teacher returned, with their comments; it stays as it was graded. Your own work goes on when you start Annotator as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator cannot save your work on this computer ({why}). You can read and work; your work stays open here and is saved as soon as it can be. Ask your teacher or the school&apos;s IT staff, or hand your work in to another folder (File ▸ Hand in…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this work is open in {holder}. Changes here would not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) could not be found in this article; they are listed in My highlights.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptsPage</name>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions students answer, in the order they see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this prompt up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this prompt down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question or task students see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories this prompt is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the categories whose highlights answer this prompt (Space ticks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many highlights a complete answer has; 0 for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;note on each highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expect a note on each highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written answ&amp;er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expect a written answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most points the automatic score gives this prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abou&amp;t the
categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlights expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new prompt: type its question)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <source>Feedback from your teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this lesson you will:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress on prompt {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher: {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teacher&apos;s comment on prompt {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer to prompt {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your answer here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tick}{done} of {wanted} marked ({what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} marked ({what})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Article: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} point(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt {n}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(key passages under no prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: {total} of {max}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passages found: {found} of {items}; missed: {missed}; highlights matching no key passage: {extra}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher&apos;s feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Highlights (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Matches the key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Matches the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Matches no key passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The key says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted, but as {categories}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>This lesson could not be opened: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review: {title} — Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save feedback ({why}); Annotator keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key, feedback and class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key, feedback and class tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;grades (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;reports (HTML and PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &amp;heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>this pack has no answer key, so nothing is scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson pack has no key, so there are no scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export reports: choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} reports written to {folder}: &apos;teacher&apos; with the key, &apos;students&apos; without it, to hand back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator could not save the feedback files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>a teacher&apos;s feedback file, not a student&apos;s work; not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made for lesson &apos;{made_for}&apos;, not &apos;{lesson}&apos;; not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: made for a different text of the article; passages found again ({summary})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>note: %n annotation(s) not found in the article (orphaned); they count as extra</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (feedback not applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback is for lesson &apos;{lesson}&apos;; not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback is about {student}, but {file} is by {author}; not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: no prompt &apos;{prompt}&apos; in this lesson; its score is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a YAML file ({suffix}); only handed-in .yaml files are graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n students named {name} with no student number, whose work began at different times: each is graded ({files})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{student} handed in more than once; graded the newer {newer}, not this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is inside the lesson pack; write grades and reports somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is one of the class&apos;s files; choose a new file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is inside the class folder and is not a .csv file; choose a name ending in .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the class folder itself (or holds it); choose a separate folder for reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder; give a file name ending in .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already holds an Annotator file; choose a new file name ending in .csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudentView</name>
    <message>
        <source>Compare with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the class heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat map category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article with the chosen student&apos;s highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Class heat map: darker = more of the %n student(s) marked it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentWindow</name>
    <message>
        <source>{title} — {name} — Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is saved automatically to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts and highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts and highlights tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group highlights by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select whole &amp;sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;my highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words are already highlighted in this category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selection has no words in it, only a space or a line break. Select some words, then press the category&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First select some words in the article (drag with the mouse, or hold Shift and use the arrow keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ All work saved at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save ({why}). Your work is kept open here; Annotator keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand in: choose a folder (a shared drive or USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hand in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator could not write to {folder}: {why}. Try another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed in: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work was saved as
{file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator could not save your work to {file}. To keep it, choose Keep working, then File ▸ Hand in… to another folder (a USB stick or a shared drive). If you close now, the changes that were not saved are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeacherTools</name>
    <message>
        <source>&amp;Open a saved or returned file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch student…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — not you? File ▸ Switch student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lesson library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit this lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer key for this lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson could not be opened: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved or returned file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator work (*.yaml *.yml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the work you have open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the lesson first (Teacher ▸ Lesson library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your teacher for the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is for the lesson &apos;{id}&apos;, which is not in your lesson library. {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be opened: {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson is shared, so Annotator made your own copy to change:
{p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is open in {holder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
