<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Agreement</name>
    <message numerus="yes">
        <source>only %n student(s): agreement between fewer than three students means little, and no interval is given</source>
        <translation>
            <numerusform>only %n student: agreement between fewer than three students means little, and no interval is given</numerusform>
            <numerusform>only %n students: agreement between fewer than three students means little, and no interval is given</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) not found in the article are left out of agreement</source>
        <translation>
            <numerusform>%n highlight not found in the article is left out of agreement</numerusform>
            <numerusform>%n highlights not found in the article are left out of agreement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleImport</name>
    <message numerus="yes">
        <source>removed %n invisible control character(s)</source>
        <translation>
            <numerusform>removed %n invisible control character</numerusform>
            <numerusform>removed %n invisible control characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>replaced %n broken character(s) with �</source>
        <translation>
            <numerusform>replaced %n broken character with �</numerusform>
            <numerusform>replaced %n broken characters with �</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Authoring</name>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder prompt(s)</source>
        <translation>
            <numerusform>%n placeholder prompt</numerusform>
            <numerusform>%n placeholder prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %n invisible character(s) that split words (soft hyphens, zero-width spaces), so that searching and selecting find whole words</source>
        <translation>
            <numerusform>removed %n invisible character that split words (soft hyphens, zero-width spaces), so that searching and selecting find whole words</numerusform>
            <numerusform>removed %n invisible characters that split words (soft hyphens, zero-width spaces), so that searching and selecting find whole words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left out %n block(s) of page furniture: {kinds}</source>
        <translation>
            <numerusform>left out %n block of page furniture: {kinds}</numerusform>
            <numerusform>left out %n blocks of page furniture: {kinds}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) may not be the article&apos;s (a link, a button, a teaser): read them, and delete or edit them (Teacher ▸ Edit this lesson… ▸ Article text) if they are not</source>
        <translation>
            <numerusform>%n paragraph may not be the article&apos;s (a link, a button, a teaser): read it, and delete or edit it (Teacher ▸ Edit this lesson… ▸ Article text) if it is not</numerusform>
            <numerusform>%n paragraphs may not be the article&apos;s (a link, a button, a teaser): read them, and delete or edit them (Teacher ▸ Edit this lesson… ▸ Article text) if they are not</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BratFiles</name>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n attribute</numerusform>
            <numerusform>%n attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n normalization(s)</source>
        <translation>
            <numerusform>%n normalization</numerusform>
            <numerusform>%n normalizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n equivalence(s)</source>
        <translation>
            <numerusform>%n equivalence</numerusform>
            <numerusform>%n equivalences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message numerus="yes">
        <source>%n columns could be the assignment &apos;{assignment}&apos; ({columns}); give the whole heading, with its number</source>
        <translation>
            <numerusform>%n column could be the assignment &apos;{assignment}&apos; ({columns}); give the whole heading, with its number</numerusform>
            <numerusform>%n columns could be the assignment &apos;{assignment}&apos; ({columns}); give the whole heading, with its number</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassTab</name>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClassTable</name>
    <message numerus="yes">
        <source>Class: %n student(s)</source>
        <translation>
            <numerusform>Class: %n student</numerusform>
            <numerusform>Class: %n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be used:</source>
        <translation>
            <numerusform>%n file could not be used:</numerusform>
            <numerusform>%n files could not be used:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>nothing to export: no readable work for lesson &apos;{lesson}&apos; in %n file(s)</source>
        <translation>
            <numerusform>nothing to export: no readable work for lesson &apos;{lesson}&apos; in %n file</numerusform>
            <numerusform>nothing to export: no readable work for lesson &apos;{lesson}&apos; in %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n annotation(s) by {students} to {file}</source>
        <translation>
            <numerusform>exported %n annotation by {students} to {file}</numerusform>
            <numerusform>exported %n annotations by {students} to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n teacher comment(s) on highlights</source>
        <translation>
            <numerusform>with %n teacher comment on a highlight</numerusform>
            <numerusform>with %n teacher comments on highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned highlight(s) left out: they have no place in the article (see annotator check)</source>
        <translation>
            <numerusform>%n orphaned highlight left out: it has no place in the article (see annotator check)</numerusform>
            <numerusform>%n orphaned highlights left out: they have no place in the article (see annotator check)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, {lms} gradebook in {file} (%n student(s))</source>
        <translation>
            <numerusform>, {lms} gradebook in {file} (%n student)</numerusform>
            <numerusform>, {lms} gradebook in {file} (%n students)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n report(s) for {lms}&apos;s bulk feedback upload in {file}</source>
        <translation>
            <numerusform>, %n report for {lms}&apos;s bulk feedback upload in {file}</numerusform>
            <numerusform>, %n reports for {lms}&apos;s bulk feedback upload in {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{students} from {files} (%n not used: see the messages above)</source>
        <translation>
            <numerusform>{students} from {files} (%n not used: see the messages above)</numerusform>
            <numerusform>{students} from {files} (%n not used: see the messages above)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing to grade: no readable work for lesson &apos;{lesson}&apos; in %n file(s)</source>
        <translation>
            <numerusform>nothing to grade: no readable work for lesson &apos;{lesson}&apos; in %n file</numerusform>
            <numerusform>nothing to grade: no readable work for lesson &apos;{lesson}&apos; in %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n report(s) in {teacher} (with the key) and {students} (to hand back)</source>
        <translation>
            <numerusform>, %n report in {teacher} (with the key) and {students} (to hand back)</numerusform>
            <numerusform>, %n reports in {teacher} (with the key) and {students} (to hand back)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no agreement to measure: no readable work for lesson &apos;{lesson}&apos; in %n file(s)</source>
        <translation>
            <numerusform>no agreement to measure: no readable work for lesson &apos;{lesson}&apos; in %n file</numerusform>
            <numerusform>no agreement to measure: no readable work for lesson &apos;{lesson}&apos; in %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no debrief to make: no readable work for lesson &apos;{lesson}&apos; in %n file(s)</source>
        <translation>
            <numerusform>no debrief to make: no readable work for lesson &apos;{lesson}&apos; in %n file</numerusform>
            <numerusform>no debrief to make: no readable work for lesson &apos;{lesson}&apos; in %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: only %n student(s): the handout shows each one&apos;s highlights, so it is not anonymous</source>
        <translation>
            <numerusform>warning: only %n student: the handout shows each one&apos;s highlights, so it is not anonymous</numerusform>
            <numerusform>warning: only %n students: the handout shows each one&apos;s highlights, so it is not anonymous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: %n highlight(s) not found in the article are left out</source>
        <translation>
            <numerusform>note: %n highlight not found in the article are left out</numerusform>
            <numerusform>note: %n highlights not found in the article are left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Consensus</name>
    <message numerus="yes">
        <source>{k} of %n student(s)</source>
        <translation>
            <numerusform>{k} of %n student</numerusform>
            <numerusform>{k} of %n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n student(s): the shading shows each student&apos;s own highlights, so this handout is not anonymous.</source>
        <translation>
            <numerusform>Only %n student: the shading shows each student&apos;s own highlights, so this handout is not anonymous.</numerusform>
            <numerusform>Only %n students: the shading shows each student&apos;s own highlights, so this handout is not anonymous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A consensus passage was marked by at least %n student(s).</source>
        <translation>
            <numerusform>A consensus passage was marked by at least %n student.</numerusform>
            <numerusform>A consensus passage was marked by at least %n students.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>marked by {used} of %n student(s).</source>
        <translation>
            <numerusform>marked by {used} of %n student.</numerusform>
            <numerusform>marked by {used} of %n students.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No passage was marked by %n or more students.</source>
        <translation>
            <numerusform>No passage was marked by %n or more students.</numerusform>
            <numerusform>No passage was marked by %n or more students.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Draft from the class: {k} of %n student(s) ({percent} %) marked this as {label}. Write why an expert marks it.</source>
        <translation>
            <numerusform>Draft from the class: {k} of %n student ({percent} %) marked this as {label}. Write why an expert marks it.</numerusform>
            <numerusform>Draft from the class: {k} of %n students ({percent} %) marked this as {label}. Write why an expert marks it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>type or tag &apos;{kind}&apos; (%n highlight(s)) is no category of lesson &apos;{lesson}&apos;; not imported: add --map &apos;{kind}=CATEGORY&apos;</source>
        <translation>
            <numerusform>type or tag &apos;{kind}&apos; (%n highlight) is no category of lesson &apos;{lesson}&apos;; not imported: add --map &apos;{kind}=CATEGORY&apos;</numerusform>
            <numerusform>type or tag &apos;{kind}&apos; (%n highlights) is no category of lesson &apos;{lesson}&apos;; not imported: add --map &apos;{kind}=CATEGORY&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: {student} ({source}): %n annotations: {counts}</source>
        <translation>
            <numerusform>{path}: {student} ({source}): %n annotation: {counts}</numerusform>
            <numerusform>{path}: {student} ({source}): %n annotations: {counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported {highlights} by %n annotator(s) into {folder}: {summary}</source>
        <translation>
            <numerusform>imported {highlights} by %n annotator into {folder}: {summary}</numerusform>
            <numerusform>imported {highlights} by %n annotators into {folder}: {summary}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message numerus="yes">
        <source>“{kind}”: %n highlight(s) left out: no category was chosen.</source>
        <translation>
            <numerusform>“{kind}”: %n highlight left out: no category was chosen.</numerusform>
            <numerusform>“{kind}”: %n highlights left out: no category was chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s) imported into {folder}.</source>
        <translation>
            <numerusform>%n annotator imported into {folder}.</numerusform>
            <numerusform>%n annotators imported into {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problems:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportingFiles</name>
    <message numerus="yes">
        <source>%n page note(s)</source>
        <translation>
            <numerusform>%n page note</numerusform>
            <numerusform>%n page notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: note: left out %n teacher comment(s) (motivation &apos;assessing&apos;): feedback lives in the teacher&apos;s own files</source>
        <translation>
            <numerusform>{file}: note: left out %n teacher comment (motivation &apos;assessing&apos;): feedback lives in the teacher&apos;s own files</numerusform>
            <numerusform>{file}: note: left out %n teacher comments (motivation &apos;assessing&apos;): feedback lives in the teacher&apos;s own files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message numerus="yes">
        <source>%n highlight(s) ({lost} not found in the article)</source>
        <translation>
            <numerusform>%n highlight ({lost} not found in the article)</numerusform>
            <numerusform>%n highlights ({lost} not found in the article)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exact</source>
        <translation>
            <numerusform>%n exact</numerusform>
            <numerusform>%n exact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fuzzy</source>
        <translation>
            <numerusform>%n fuzzy</numerusform>
            <numerusform>%n fuzzy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n orphaned</numerusform>
            <numerusform>%n orphaned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key item(s)</source>
        <translation>
            <numerusform>%n key item</numerusform>
            <numerusform>%n key items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n prompt</numerusform>
            <numerusform>%n prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonPack</name>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (and %n more problem)</numerusform>
            <numerusform> (and %n more problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message numerus="yes">
        <source>Imported %n annotator(s) on “{title}” into {folder}.</source>
        <translation>
            <numerusform>Imported %n annotator on “{title}” into {folder}.</numerusform>
            <numerusform>Imported %n annotators on “{title}” into {folder}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message numerus="yes">
        <source>“{kind}” (%n highlight(s))</source>
        <translation>
            <numerusform>“{kind}” (%n highlight)</numerusform>
            <numerusform>“{kind}” (%n highlights)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message numerus="yes">
        <source>{k} of %n students highlighted this</source>
        <translation>
            <numerusform>{k} of %n student highlighted this</numerusform>
            <numerusform>{k} of %n students highlighted this</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message numerus="yes">
        <source>%n highlight(s) could not be found in this article; they are listed in My highlights.</source>
        <translation>
            <numerusform>%n highlight could not be found in this article; it is listed in My highlights.</numerusform>
            <numerusform>%n highlights could not be found in this article; they are listed in My highlights.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message numerus="yes">
        <source>Highlights (%n)</source>
        <translation>
            <numerusform>Highlights (%n)</numerusform>
            <numerusform>Highlights (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with files</source>
        <translation>
            <numerusform>%n problem with files</numerusform>
            <numerusform>%n problems with files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) sent to the answer key as drafts</source>
        <translation>
            <numerusform>%n passage sent to the answer key as a draft</numerusform>
            <numerusform>%n passages sent to the answer key as drafts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message numerus="yes">
        <source>note: %n annotation(s) not found in the article (orphaned); they count as extra</source>
        <translation>
            <numerusform>note: %n annotation not found in the article (orphaned); it counts as extra</numerusform>
            <numerusform>note: %n annotations not found in the article (orphaned); they count as extra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n students named {name} with no student number, whose work began at different times: each is graded ({files})</source>
        <translation>
            <numerusform>%n student named {name} with no student number, whose work began at different times: each is graded ({files})</numerusform>
            <numerusform>%n students named {name} with no student number, whose work began at different times: each is graded ({files})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentView</name>
    <message numerus="yes">
        <source>Class heat map: darker = more of the %n student(s) marked it</source>
        <translation>
            <numerusform>Class heat map: darker = more of the %n student marked it</numerusform>
            <numerusform>Class heat map: darker = more of the %n students marked it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeacherTools</name>
    <message numerus="yes">
        <source>%n draft passage(s) from the class added ({m} already in the key); each rationale starts with &apos;Draft from the class&apos;.</source>
        <translation>
            <numerusform>%n draft passage from the class added ({m} already in the key); each rationale starts with &apos;Draft from the class&apos;.</numerusform>
            <numerusform>%n draft passages from the class added ({m} already in the key); each rationale starts with &apos;Draft from the class&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkFile</name>
    <message numerus="yes">
        <source>and %n more problem(s) like these</source>
        <translation>
            <numerusform>and %n more problem like these</numerusform>
            <numerusform>and %n more problems like these</numerusform>
        </translation>
    </message>
</context>
</TS>
