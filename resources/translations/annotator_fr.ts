<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Agreement</name>
    <message>
        <source>per-character α</source>
        <translation>α par caractère</translation>
    </message>
    <message>
        <source>answer key</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>Students agree on which passages to highlight</source>
        <translation>Les élèves s&apos;accordent sur les passages à surligner</translation>
    </message>
    <message>
        <source>Students mostly agree on which passages to highlight</source>
        <translation>Les élèves s&apos;accordent en grande partie sur les passages à surligner</translation>
    </message>
    <message>
        <source>Students agree only a little on which passages to highlight</source>
        <translation>Les élèves ne s&apos;accordent qu&apos;un peu sur les passages à surligner</translation>
    </message>
    <message>
        <source>Students do not agree on which passages to highlight</source>
        <translation>Les élèves ne s&apos;accordent pas sur les passages à surligner</translation>
    </message>
    <message>
        <source>Students agree on which passages are {label}</source>
        <translation>Les élèves s&apos;accordent sur les passages qui relèvent de {label}</translation>
    </message>
    <message>
        <source>Students mostly agree on which passages are {label}</source>
        <translation>Les élèves s&apos;accordent en grande partie sur les passages qui relèvent de {label}</translation>
    </message>
    <message>
        <source>Students agree only a little on which passages are {label}</source>
        <translation>Les élèves ne s&apos;accordent qu&apos;un peu sur les passages qui relèvent de {label}</translation>
    </message>
    <message>
        <source>Students do not agree on which passages are {label}</source>
        <translation>Les élèves ne s&apos;accordent pas sur les passages qui relèvent de {label}</translation>
    </message>
    <message>
        <source>Nobody highlighted {label}; there is nothing to agree on.</source>
        <translation>Personne n&apos;a surligné {label}&#xa0;; il n&apos;y a rien sur quoi s&apos;accorder.</translation>
    </message>
    <message>
        <source>Too few students or highlights to say how far students agree on which passages to highlight.</source>
        <translation>Trop peu d&apos;élèves ou de surlignages pour dire à quel point les élèves s&apos;accordent sur les passages à surligner.</translation>
    </message>
    <message>
        <source>Too few students or highlights to say how far students agree on which passages are {label}.</source>
        <translation>Trop peu d&apos;élèves ou de surlignages pour dire à quel point les élèves s&apos;accordent sur les passages qui relèvent de {label}.</translation>
    </message>
    <message>
        <source>, less on where they begin and end</source>
        <translation>, moins sur l&apos;endroit où ils commencent et finissent</translation>
    </message>
    <message>
        <source>, and more on where the passages they share begin and end</source>
        <translation>, et davantage sur l&apos;endroit où commencent et finissent les passages qu&apos;ils ont en commun</translation>
    </message>
    <message>
        <source>; where they highlight the same words, they often pick different categories</source>
        <translation>&#xa0;; quand ils surlignent les mêmes mots, ils choisissent souvent des catégories différentes</translation>
    </message>
    <message>
        <source>; students who highlighted the same words often called them something other than {label}</source>
        <translation>&#xa0;; les élèves qui ont surligné les mêmes mots les ont souvent classés ailleurs que dans {label}</translation>
    </message>
    <message numerus="yes">
        <source>only %n student(s): agreement between fewer than three students means little, and no interval is given</source>
        <translation>
            <numerusform>seulement %n élève&#xa0;: l&apos;accord entre moins de trois élèves veut dire peu de chose, et aucun intervalle n&apos;est donné</numerusform>
            <numerusform>seulement %n élèves&#xa0;: l&apos;accord entre moins de trois élèves veut dire peu de chose, et aucun intervalle n&apos;est donné</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} highlighted nothing; they count as saying &apos;not this&apos; everywhere</source>
        <translation>{name} n&apos;a rien surligné&#xa0;; c&apos;est compté comme «&#xa0;pas ceci&#xa0;» partout</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) not found in the article are left out of agreement</source>
        <translation>
            <numerusform>%n surlignage introuvable dans l&apos;article est laissé hors de l&apos;accord</numerusform>
            <numerusform>%n surlignages introuvables dans l&apos;article sont laissés hors de l&apos;accord</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody highlighted {label}</source>
        <translation>personne n&apos;a surligné {label}</translation>
    </message>
    <message>
        <source>only one student highlighted {label}</source>
        <translation>un seul élève a surligné {label}</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>{name}&apos;s highlights look like nobody else&apos;s (uα with the others {mean} on average; the class&apos;s median is {median})</source>
        <translation>les surlignages de {name} ne ressemblent à ceux de personne d&apos;autre (uα avec les autres {mean} en moyenne&#xa0;; la médiane de la classe est {median})</translation>
    </message>
    <message>
        <source>{first} and {second} highlighted almost exactly the same passages (uα {alpha}): worth a look</source>
        <translation>{first} et {second} ont surligné presque exactement les mêmes passages (uα {alpha})&#xa0;: à regarder de près</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>usage&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>affiche cette aide et quitte</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>il manque ces arguments obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>valeur non valable&#xa0;: %(value)r (choisis parmi&#xa0;: %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur était attendue</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>cette option ne prend pas de valeur&#xa0;: %r</translation>
    </message>
</context>
<context>
    <name>ArticleImport</name>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a Word document or a .zip archive</source>
        <translation>un document Word ou une archive .zip</translation>
    </message>
    <message>
        <source>an old-style Word document</source>
        <translation>un document Word à l&apos;ancien format</translation>
    </message>
    <message>
        <source>a Rich Text (.rtf) document</source>
        <translation>un document en texte enrichi (.rtf)</translation>
    </message>
    <message>
        <source>the text is {size} MB, more than the {limit} MB Annotator imports; is it really one article?</source>
        <translation>le texte fait {size} Mo, plus que les {limit} Mo qu&apos;Annotator importe&#xa0;; est-ce vraiment un seul article&#xa0;?</translation>
    </message>
    <message>
        <source>the file is {size} MB, more than the {limit} MB Annotator imports; is it really one article?</source>
        <translation>le fichier fait {size} Mo, plus que les {limit} Mo qu&apos;Annotator importe&#xa0;; est-ce vraiment un seul article&#xa0;?</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>this is {kind}, not text; save it as plain text (.txt) or a web page (.html)</source>
        <translation>c&apos;est {kind}, pas du texte&#xa0;; enregistre-le en texte brut (.txt) ou en page web (.html)</translation>
    </message>
    <message>
        <source>{name} (the file says so with a byte-order mark)</source>
        <translation>{name} (le fichier l&apos;indique par une marque d&apos;ordre des octets)</translation>
    </message>
    <message>
        <source>the file starts like {name} text but is not {name}; it cannot be read</source>
        <translation>le fichier commence comme du texte {name} mais n&apos;est pas en {name}&#xa0;; il est illisible</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data, like a picture or a program)</source>
        <translation>ce n&apos;est pas un fichier texte (il contient des données binaires, comme une image ou un programme)</translation>
    </message>
    <message>
        <source>as the page declares</source>
        <translation>comme la page le déclare</translation>
    </message>
    <message>
        <source>the file is not UTF-8; check that accents and quotes look right</source>
        <translation>le fichier n&apos;est pas en UTF-8&#xa0;; vérifie que les accents et les guillemets s&apos;affichent bien</translation>
    </message>
    <message>
        <source>the file is not UTF-8 and its encoding is not one Annotator recognises; save it as UTF-8 and retry</source>
        <translation>le fichier n&apos;est pas en UTF-8 et Annotator ne reconnaît pas son encodage&#xa0;; enregistre-le en UTF-8 et réessaie</translation>
    </message>
    <message>
        <source>decoded as {encoding}</source>
        <translation>décodé en {encoding}</translation>
    </message>
    <message>
        <source>this does not look like text (it is mostly control characters)</source>
        <translation>ceci ne ressemble pas à du texte (ce sont surtout des caractères de contrôle)</translation>
    </message>
    <message numerus="yes">
        <source>removed %n invisible control character(s)</source>
        <translation>
            <numerusform>%n caractère de contrôle invisible supprimé</numerusform>
            <numerusform>%n caractères de contrôle invisibles supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotator imports .txt, .md and .html files, not {kind}</source>
        <translation>Annotator importe les fichiers .txt, .md et .html, pas {kind}</translation>
    </message>
    <message>
        <source>files without an extension</source>
        <translation>des fichiers sans extension</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message numerus="yes">
        <source>replaced %n broken character(s) with �</source>
        <translation>
            <numerusform>%n caractère abîmé remplacé par �</numerusform>
            <numerusform>%n caractères abîmés remplacés par �</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no text to import</source>
        <translation>il n&apos;y a pas de texte à importer</translation>
    </message>
    <message>
        <source>there are headings but no paragraphs to annotate</source>
        <translation>il y a des titres mais aucun paragraphe à annoter</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>Delete what is not the article&apos;s (a link, a button, a teaser; marked ⚠) or correct a paragraph. The answer key moves with the text; students&apos; work is placed again when it is opened, and a highlight whose words are gone is listed, never lost.</source>
        <translation>Supprime ce qui n’est pas de l’article (un lien, un bouton, une accroche&#xa0;; marqué ⚠) ou corrige un paragraphe. Le corrigé suit le texte&#xa0;; le travail des élèves est replacé à son ouverture, et un surlignage dont les mots ont disparu est listé, jamais perdu.</translation>
    </message>
    <message>
        <source>Paragraphs of the article</source>
        <translation>Paragraphes de l’article</translation>
    </message>
    <message>
        <source>Headings, paragraphs and list items, in the order students read them.</source>
        <translation>Titres, paragraphes et éléments de liste, dans l’ordre où les élèves les lisent.</translation>
    </message>
    <message>
        <source>Text of the chosen paragraph</source>
        <translation>Texte du paragraphe choisi</translation>
    </message>
    <message>
        <source>Correct the paragraph here; it stays one paragraph.</source>
        <translation>Corrige le paragraphe ici&#xa0;; il reste un seul paragraphe.</translation>
    </message>
    <message>
        <source>&amp;Delete paragraph</source>
        <translation>&amp;Supprimer le paragraphe</translation>
    </message>
    <message>
        <source>Delete the chosen paragraph from the article</source>
        <translation>Supprimer de l’article le paragraphe choisi</translation>
    </message>
    <message>
        <source>Heading: {text}</source>
        <translation>Titre&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>The article to read. Select a passage, then press a category&apos;s key.</source>
        <translation>L&apos;article à lire. Sélectionne un passage, puis appuie sur la touche d&apos;une catégorie.</translation>
    </message>
    <message>
        <source>⚠ The article changed here: check this highlight and confirm it.</source>
        <translation>⚠ L&apos;article a changé ici&#xa0;: vérifie ce surlignage et confirme-le.</translation>
    </message>
</context>
<context>
    <name>Authoring</name>
    <message>
        <source>Untitled lesson</source>
        <translation>Leçon sans titre</translation>
    </message>
    <message>
        <source>this folder already holds a lesson pack and new-lesson never overwrites; choose another folder with --out</source>
        <translation>ce dossier contient déjà un paquet de leçon et new-lesson n&apos;écrase jamais rien&#xa0;; choisis un autre dossier avec --out</translation>
    </message>
    <message>
        <source>this folder already holds other files and new-lesson never overwrites; choose another folder with --out</source>
        <translation>ce dossier contient déjà d&apos;autres fichiers et new-lesson n&apos;écrase jamais rien&#xa0;; choisis un autre dossier avec --out</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>“{title}” ({id}): {paragraphs}, {words}; source: {source}; author: {author}; published: {published}; address: {address}; {categories} and {prompts}</source>
        <translation>«&#xa0;{title}&#xa0;» ({id})&#xa0;: {paragraphs}, {words}&#xa0;; source&#xa0;: {source}&#xa0;; auteur&#xa0;: {author}&#xa0;; publié&#xa0;: {published}&#xa0;; adresse&#xa0;: {address}&#xa0;; {categories} et {prompts}</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraphe</numerusform>
            <numerusform>%n paragraphes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n catégorie</numerusform>
            <numerusform>%n catégories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder prompt(s)</source>
        <translation>
            <numerusform>%n consigne d&apos;exemple</numerusform>
            <numerusform>%n consignes d&apos;exemple</numerusform>
        </translation>
    </message>
    <message>
        <source>bylines</source>
        <translation>signatures</translation>
    </message>
    <message>
        <source>share buttons</source>
        <translation>boutons de partage</translation>
    </message>
    <message>
        <source>“Previous / Next” links</source>
        <translation>liens «&#xa0;Précédent / Suivant&#xa0;»</translation>
    </message>
    <message>
        <source>comment counts and links</source>
        <translation>nombres et liens de commentaires</translation>
    </message>
    <message>
        <source>advertisement markers</source>
        <translation>mentions de publicité</translation>
    </message>
    <message>
        <source>topic and tag lists</source>
        <translation>listes de sujets et de mots-clés</translation>
    </message>
    <message>
        <source>“Read more” links</source>
        <translation>liens «&#xa0;Lire aussi&#xa0;»</translation>
    </message>
    <message>
        <source>subscription offers</source>
        <translation>offres d’abonnement</translation>
    </message>
    <message>
        <source>photo captions and credits</source>
        <translation>légendes et crédits photo</translation>
    </message>
    <message>
        <source>teasers for other articles</source>
        <translation>accroches vers d’autres articles</translation>
    </message>
    <message>
        <source>date, section and comment-count lines</source>
        <translation>lignes de date, de rubrique et de nombre de commentaires</translation>
    </message>
    <message>
        <source>short lines above the article</source>
        <translation>lignes courtes au-dessus de l’article</translation>
    </message>
    <message>
        <source>empty lines</source>
        <translation>lignes vides</translation>
    </message>
    <message numerus="yes">
        <source>removed %n invisible character(s) that split words (soft hyphens, zero-width spaces), so that searching and selecting find whole words</source>
        <translation>
            <numerusform>%n caractère invisible qui coupait des mots a été retiré (traits d’union conditionnels, espaces sans chasse), pour que la recherche et la sélection trouvent des mots entiers</numerusform>
            <numerusform>%n caractères invisibles qui coupaient des mots ont été retirés (traits d’union conditionnels, espaces sans chasse), pour que la recherche et la sélection trouvent des mots entiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left out %n block(s) of page furniture: {kinds}</source>
        <translation>
            <numerusform>%n bloc d’habillage de la page a été laissé de côté&#xa0;: {kinds}</numerusform>
            <numerusform>%n blocs d’habillage de la page ont été laissés de côté&#xa0;: {kinds}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) may not be the article&apos;s (a link, a button, a teaser): read them, and delete or edit them (Teacher ▸ Edit this lesson… ▸ Article text) if they are not</source>
        <translation>
            <numerusform>%n paragraphe n’est peut-être pas de l’article (un lien, un bouton, une accroche)&#xa0;: lis-le et, s’il n’en est pas, supprime-le ou corrige-le (Enseignant ▸ Modifier cette leçon… ▸ Texte de l’article)</numerusform>
            <numerusform>%n paragraphes ne sont peut-être pas de l’article (un lien, un bouton, une accroche)&#xa0;: lis-les et, s’ils n’en sont pas, supprime-les ou corrige-les (Enseignant ▸ Modifier cette leçon… ▸ Texte de l’article)</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraph {number}: “{text}”</source>
        <translation>paragraphe {number}&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>the disk is full: {folder}</source>
        <translation>le disque est plein&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>Annotator is not allowed to write in {folder}</source>
        <translation>Annotator n&apos;a pas le droit d&apos;écrire dans {folder}</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be reached</source>
        <translation>le dossier {folder} est inaccessible</translation>
    </message>
    <message>
        <source>{why}: {file}</source>
        <translation>{why}&#xa0;: {file}</translation>
    </message>
    <message>
        <source>{why}</source>
        <translation>{why}</translation>
    </message>
</context>
<context>
    <name>BratFiles</name>
    <message>
        <source>not a brat .ann file, a folder of them or a .zip</source>
        <translation>ce n&apos;est ni un fichier .ann de brat, ni un dossier de ces fichiers, ni un .zip</translation>
    </message>
    <message>
        <source>no brat .ann files in this folder</source>
        <translation>aucun fichier .ann de brat dans ce dossier</translation>
    </message>
    <message>
        <source>{file}: note: no .txt beside it; its offsets are taken as the lesson&apos;s, and its passages are found by their quoted words</source>
        <translation>{file}&#xa0;: remarque&#xa0;: aucun .txt à côté&#xa0;; ses positions sont prises comme celles du texte de la leçon, et ses passages sont retrouvés par leurs mots cités</translation>
    </message>
    <message>
        <source>offsets {start}-{end} are past the end of the text ({length} characters)</source>
        <translation>les positions {start}-{end} dépassent la fin du texte ({length} caractères)</translation>
    </message>
    <message>
        <source>span {start}-{end} ends before it starts</source>
        <translation>l&apos;étendue {start}-{end} se termine avant de commencer</translation>
    </message>
    <message>
        <source>not a brat annotation line: {line}</source>
        <translation>ce n&apos;est pas une ligne d&apos;annotation brat&#xa0;: {line}</translation>
    </message>
    <message>
        <source>{file}: note: left out {kinds} (Annotator keeps highlights and their notes)</source>
        <translation>{file}&#xa0;: remarque&#xa0;: laissé de côté {kinds} (Annotator garde les surlignages et leurs notes)</translation>
    </message>
    <message>
        <source>Part {part} of {parts} of the discontinuous brat annotation {id}.</source>
        <translation>Partie {part} sur {parts} de l&apos;annotation brat discontinue {id}.</translation>
    </message>
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
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n attribut</numerusform>
            <numerusform>%n attributs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n normalization(s)</source>
        <translation>
            <numerusform>%n normalisation</numerusform>
            <numerusform>%n normalisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n equivalence(s)</source>
        <translation>
            <numerusform>%n équivalence</numerusform>
            <numerusform>%n équivalences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>not a Canvas gradebook export: it has no &apos;Student&apos; or &apos;ID&apos; column (its columns: {columns})</source>
        <translation>n&apos;est pas un export du carnet de notes de Canvas&#xa0;: il n&apos;a pas de colonne &apos;Student&apos; ni &apos;ID&apos; (ses colonnes&#xa0;: {columns})</translation>
    </message>
    <message>
        <source>no column for the assignment &apos;{assignment}&apos; (its columns: {columns}); give the assignment&apos;s name as the gradebook heads its column</source>
        <translation>aucune colonne pour le devoir &apos;{assignment}&apos; (ses colonnes&#xa0;: {columns})&#xa0;; donne le nom du devoir tel qu&apos;il figure en tête de sa colonne</translation>
    </message>
    <message numerus="yes">
        <source>%n columns could be the assignment &apos;{assignment}&apos; ({columns}); give the whole heading, with its number</source>
        <translation>
            <numerusform>%n colonne pourrait être le devoir &apos;{assignment}&apos; ({columns})&#xa0;; donne l&apos;en-tête entier, avec son numéro</numerusform>
            <numerusform>%n colonnes pourraient être le devoir &apos;{assignment}&apos; ({columns})&#xa0;; donne l&apos;en-tête entier, avec son numéro</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>The categories students use, in the order they see them.</source>
        <translation>Les catégories qu&apos;utilisent les élèves, dans l&apos;ordre où ils les voient.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove this category</source>
        <translation>Retirer cette catégorie</translation>
    </message>
    <message>
        <source>Prompts stop asking for it; a lesson keeps at least one.</source>
        <translation>Les consignes ne la demandent plus&#xa0;; une leçon en garde au moins une.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move this category up</source>
        <translation>Monter cette catégorie</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move this category down</source>
        <translation>Descendre cette catégorie</translation>
    </message>
    <message>
        <source>Selected category</source>
        <translation>Catégorie choisie</translation>
    </message>
    <message>
        <source>Category label</source>
        <translation>Libellé de la catégorie</translation>
    </message>
    <message>
        <source>The name students see on the category&apos;s button.</source>
        <translation>Le nom que voient les élèves sur le bouton de la catégorie.</translation>
    </message>
    <message>
        <source>Category id</source>
        <translation>Identifiant de la catégorie</translation>
    </message>
    <message>
        <source>The name saved in files: lower-case letters, digits and dashes. Answer keys and students&apos; work use it, so change it only before the lesson is handed out.</source>
        <translation>Le nom enregistré dans les fichiers&#xa0;: minuscules, chiffres et tirets. Le corrigé et le travail des élèves l&apos;utilisent&#xa0;: ne le change qu&apos;avant de distribuer la leçon.</translation>
    </message>
    <message>
        <source>Colour: {name}</source>
        <translation>Couleur&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Arrow keys move between the colours; Space chooses one.</source>
        <translation>Les flèches passent d&apos;une couleur à l&apos;autre&#xa0;; Espace en choisit une.</translation>
    </message>
    <message>
        <source>Underline style</source>
        <translation>Style de soulignement</translation>
    </message>
    <message>
        <source>How highlights are underlined, so that colour is never the only cue.</source>
        <translation>Comment les surlignages sont soulignés, pour que la couleur ne soit jamais le seul repère.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>The key students press to put a passage in this category: one letter or digit, different for each category.</source>
        <translation>La touche sur laquelle les élèves appuient pour mettre un passage dans cette catégorie&#xa0;: une lettre ou un chiffre, différent pour chaque catégorie.</translation>
    </message>
    <message>
        <source>Help for students</source>
        <translation>Aide pour les élèves</translation>
    </message>
    <message>
        <source>One or two sentences a 13-year-old understands, ideally with an example.</source>
        <translation>Une ou deux phrases qu&apos;un enfant de 13 ans comprend, idéalement avec un exemple.</translation>
    </message>
    <message>
        <source>How the categories look in the article</source>
        <translation>L&apos;aspect des catégories dans l&apos;article</translation>
    </message>
    <message>
        <source>Every category as students will see it highlighted in the article.</source>
        <translation>Chaque catégorie telle que les élèves la verront surlignée dans l&apos;article.</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>Li&amp;bellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id&#xa0;:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>U&amp;nderline:</source>
        <translation>So&amp;ulignement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Touche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Help:</source>
        <translation>Aid&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>In the article:</source>
        <translation>Dans l&apos;article&#xa0;:</translation>
    </message>
    <message>
        <source>same key as {other}</source>
        <translation>même touche que {other}</translation>
    </message>
    <message>
        <source>a colour from outside the palette</source>
        <translation>une couleur hors de la palette</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
</context>
<context>
    <name>CategoryPalette</name>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; (key {key}, {style})&lt;br&gt;{help}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; (touche {key}, {style})&lt;br&gt;{help}</translation>
    </message>
    <message>
        <source>{label}, key {key}</source>
        <translation>{label}, touche {key}</translation>
    </message>
</context>
<context>
    <name>CategoryWarnings</name>
    <message>
        <source>“{a}” and “{b}” both use the key {key}; give each category its own key</source>
        <translation>«&#xa0;{a}&#xa0;» et «&#xa0;{b}&#xa0;» utilisent toutes deux la touche {key}&#xa0;; donne à chaque catégorie sa propre touche</translation>
    </message>
    <message>
        <source>“{a}” and “{b}” have the same id &apos;{id}&apos;; give each category its own id</source>
        <translation>«&#xa0;{a}&#xa0;» et «&#xa0;{b}&#xa0;» ont le même identifiant &apos;{id}&apos;&#xa0;; donne à chaque catégorie son propre identifiant</translation>
    </message>
    <message>
        <source>two categories are both called “{a}”; students could not tell which is which</source>
        <translation>deux catégories s&apos;appellent «&#xa0;{a}&#xa0;»&#xa0;; les élèves ne pourraient pas les distinguer</translation>
    </message>
    <message>
        <source>“{a}” and “{b}” look alike: the same colour ({color}) and the same underline ({style}); change the colour or the underline of one of them</source>
        <translation>«&#xa0;{a}&#xa0;» et «&#xa0;{b}&#xa0;» se ressemblent&#xa0;: même couleur ({color}) et même soulignement ({style})&#xa0;; change la couleur ou le soulignement de l&apos;une d&apos;elles</translation>
    </message>
    <message>
        <source>“{a}” and “{b}” look alike: nearly the same colour ({color_a} and {color_b}, ΔE {delta}) and the same underline ({style}); change the colour or the underline of one of them</source>
        <translation>«&#xa0;{a}&#xa0;» et «&#xa0;{b}&#xa0;» se ressemblent&#xa0;: presque la même couleur ({color_a} et {color_b}, ΔE {delta}) et même soulignement ({style})&#xa0;; change la couleur ou le soulignement de l&apos;une d&apos;elles</translation>
    </message>
</context>
<context>
    <name>ClassTab</name>
    <message>
        <source>How far students agree, per category</source>
        <translation>Dans quelle mesure les élèves sont d&apos;accord, par catégorie</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>How many students found each key passage, and what the others took it for</source>
        <translation>Combien d&apos;élèves ont trouvé chaque passage du corrigé, et ce que les autres y ont vu</translation>
    </message>
    <message>
        <source>What the class missed</source>
        <translation>Ce que la classe a manqué</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Surligné par</translation>
    </message>
    <message>
        <source>Passages half the class marked; tick them to send them to the answer key</source>
        <translation>Passages surlignés par la moitié de la classe&#xa0;; coche-les pour les envoyer au corrigé</translation>
    </message>
    <message>
        <source>Send the ticked consensus passages to the answer key as drafts</source>
        <translation>Envoyer les passages de consensus cochés au corrigé comme brouillons</translation>
    </message>
    <message>
        <source>Opens the answer key with each ticked passage as a draft key passage; its rationale says how much of the class marked it.</source>
        <translation>Ouvre le corrigé avec chaque passage coché comme brouillon de passage du corrigé&#xa0;; sa justification dit quelle part de la classe l&apos;a surligné.</translation>
    </message>
    <message>
        <source>Consensus (half the class)</source>
        <translation>Consensus (la moitié de la classe)</translation>
    </message>
    <message>
        <source>Each student&apos;s highlights, share of the article and time on task</source>
        <translation>Surlignages de chaque élève, part de l&apos;article et temps de travail</translation>
    </message>
    <message>
        <source>Each student&apos;s work</source>
        <translation>Le travail de chaque élève</translation>
    </message>
    <message>
        <source>Working out how far the students agree… {percent} %</source>
        <translation>Calcul de l&apos;accord entre les élèves en cours… {percent} %</translation>
    </message>
    <message>
        <source>Nobody handed in work, so there is no agreement to measure.</source>
        <translation>Personne n&apos;a rendu de travail, il n&apos;y a donc pas d&apos;accord à mesurer.</translation>
    </message>
    <message>
        <source>How far the 1 student agrees</source>
        <translation>Dans quelle mesure l&apos;unique élève est d&apos;accord</translation>
    </message>
    <message>
        <source>How far the {n} students agree</source>
        <translation>Dans quelle mesure les {n} élèves sont d&apos;accord</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alphas: 1 is full agreement, 0 no better than chance, below 0 systematic disagreement; 0.800 and above can be relied on, 0.667 to 0.800 is tentative. Intervals are 95 %.</source>
        <translation>Alphas de Krippendorff&#xa0;: 1 est un accord total, 0 pas mieux que le hasard, sous 0 un désaccord systématique&#xa0;; à partir de 0,800 on peut s&apos;y fier, de 0,667 à 0,800 c&apos;est provisoire. Les intervalles sont à 95 %.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n surlignage</numerusform>
            <numerusform>%n surlignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>{category}: α {value}</source>
        <translation>{category}&#xa0;: α {value}</translation>
    </message>
    <message>
        <source>This lesson has no answer key, so there is nothing to miss.</source>
        <translation>Cette leçon n&apos;a pas de corrigé&#xa0;: il n&apos;y a donc rien à manquer.</translation>
    </message>
    <message>
        <source>The key expects the first category; students gave the second. Each passage counts once per student.</source>
        <translation>Le corrigé attend la première catégorie&#xa0;; les élèves ont donné la seconde. Chaque passage compte une fois par élève.</translation>
    </message>
    <message>
        <source>{expected} → {given}: {n}</source>
        <translation>{expected} → {given}&#xa0;: {n}</translation>
    </message>
    <message>
        <source>None: every key passage marked was given the key&apos;s category.</source>
        <translation>Aucune&#xa0;: chaque passage du corrigé surligné a reçu la catégorie du corrigé.</translation>
    </message>
    <message>
        <source>found by {k} of {n}</source>
        <translation>trouvé par {k} sur {n}</translation>
    </message>
    <message>
        <source>{k} as {label}</source>
        <translation>{k} comme {label}</translation>
    </message>
    <message>
        <source>{k} did not mark it</source>
        <translation>{k} ne l&apos;ont pas surligné</translation>
    </message>
    <message>
        <source>No passage was marked by half the class (and at least two students).</source>
        <translation>Aucun passage n&apos;a été surligné par la moitié de la classe (et au moins deux élèves).</translation>
    </message>
    <message>
        <source>{k} of {n}</source>
        <translation>{k} sur {n}</translation>
    </message>
    <message>
        <source>{category}: “{quote}”</source>
        <translation>{category}&#xa0;: «&#xa0;{quote}&#xa0;»</translation>
    </message>
    <message>
        <source>Time on task runs from when the work began to its last change, breaks included.</source>
        <translation>Le temps de travail va du début du travail à sa dernière modification, pauses comprises.</translation>
    </message>
    <message>
        <source>Send {n} to the answer key…</source>
        <translation>Envoyer {n} au corrigé…</translation>
    </message>
    <message>
        <source>Tick passages for the key</source>
        <translation>Coche des passages pour le corrigé</translation>
    </message>
</context>
<context>
    <name>ClassTable</name>
    <message numerus="yes">
        <source>Class: %n student(s)</source>
        <translation>
            <numerusform>Classe&#xa0;: %n élève</numerusform>
            <numerusform>Classe&#xa0;: %n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La tienne</translation>
    </message>
    <message>
        <source>✔ ✖ +</source>
        <translation>✔ ✖ +</translation>
    </message>
    <message>
        <source>The student&apos;s name and number</source>
        <translation>Nom et numéro de l&apos;élève</translation>
    </message>
    <message>
        <source>When the file was last saved</source>
        <translation>Dernier enregistrement du fichier</translation>
    </message>
    <message>
        <source>How many passages the student highlighted</source>
        <translation>Combien de passages l&apos;élève a surlignés</translation>
    </message>
    <message>
        <source>Automatic score against the key, out of the most possible</source>
        <translation>Note automatique d&apos;après le corrigé, sur le maximum possible</translation>
    </message>
    <message>
        <source>The score that counts: yours where you changed it (✎)</source>
        <translation>La note qui compte&#xa0;: la tienne là où tu l&apos;as changée (✎)</translation>
    </message>
    <message>
        <source>Key passages found, missed, and extra highlights</source>
        <translation>Passages du corrigé trouvés, manqués, et surlignages en plus</translation>
    </message>
    <message>
        <source>Class table</source>
        <translation>Tableau de la classe</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be used:</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être utilisé&#xa0;:</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être utilisés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Files that could not be used</source>
        <translation>Fichiers qui n&apos;ont pas pu être utilisés</translation>
    </message>
    <message>
        <source>%d %b %H:%M</source>
        <translation>%d/%m %H:%M</translation>
    </message>
</context>
<context>
    <name>ClassZip</name>
    <message>
        <source>note: its file names follow neither Canvas&apos;s nor Moodle&apos;s convention; read as a plain zip, each student named as they typed</source>
        <translation>remarque&#xa0;: ses noms de fichiers ne suivent ni la convention de Canvas ni celle de Moodle&#xa0;; lu comme un zip ordinaire, chaque élève nommé comme il l&apos;a écrit</translation>
    </message>
    <message>
        <source>note: its name follows no LMS convention, unlike the rest of the zip; the student is named as they typed</source>
        <translation>remarque&#xa0;: son nom ne suit aucune convention de LMS, contrairement au reste du zip&#xa0;; l&apos;élève est nommé comme il l&apos;a écrit</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sans extension</translation>
    </message>
    <message>
        <source>not a YAML file ({suffix}); only handed-in .yaml files are graded</source>
        <translation>n&apos;est pas un fichier YAML ({suffix})&#xa0;; seuls les fichiers .yaml rendus sont notés</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>annotator grade: --assignment, --points, --fill and --gradebook-out need --gradebook canvas|moodle</source>
        <translation>annotator grade&#xa0;: --assignment, --points, --fill et --gradebook-out demandent --gradebook canvas|moodle</translation>
    </message>
    <message>
        <source>annotator grade: --gradebook canvas needs --assignment NAME (the assignment&apos;s column)</source>
        <translation>annotator grade&#xa0;: --gradebook canvas demande --assignment NAME (la colonne du devoir)</translation>
    </message>
    <message>
        <source>annotator grade: --points must be a number above 0</source>
        <translation>annotator grade&#xa0;: --points doit être un nombre supérieur à 0</translation>
    </message>
    <message>
        <source>the language Annotator speaks (default: the system&apos;s)</source>
        <translation>la langue d&apos;Annotator (par défaut&#xa0;: celle du système)</translation>
    </message>
    <message>
        <source>show Annotator&apos;s version and exit</source>
        <translation>affiche la version d&apos;Annotator et quitte</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT in pixels, such as 1366x768, not {value}</source>
        <translation>LARGEURxHAUTEUR en pixels était attendu, comme 1366x768, pas {value}</translation>
    </message>
    <message>
        <source>with --screenshot: lay the window out as on a screen of W×H pixels</source>
        <translation>avec --screenshot&#xa0;: dispose la fenêtre comme sur un écran de L×H pixels</translation>
    </message>
    <message>
        <source>Tools for Annotator lesson packs and class work.</source>
        <translation>Outils pour les paquets de leçon d&apos;Annotator et le travail de la classe.</translation>
    </message>
    <message>
        <source>check lesson packs, annotation files and answer keys</source>
        <translation>vérifie des paquets de leçon, des fichiers d&apos;annotations et des corrigés</translation>
    </message>
    <message>
        <source>lesson pack to check annotation files against</source>
        <translation>paquet de leçon avec lequel vérifier les fichiers d&apos;annotations</translation>
    </message>
    <message>
        <source>score a class&apos;s handed-in files against the answer key</source>
        <translation>note les fichiers rendus par une classe d&apos;après le corrigé</translation>
    </message>
    <message>
        <source>answer key (default: the pack&apos;s key.yaml)</source>
        <translation>corrigé (par défaut&#xa0;: le key.yaml du paquet)</translation>
    </message>
    <message>
        <source>grades for the gradebook</source>
        <translation>notes pour le carnet de notes</translation>
    </message>
    <message>
        <source>write each student&apos;s HTML report here: in DIR/teacher with the key, in DIR/students without it</source>
        <translation>écrit ici le rapport HTML de chaque élève&#xa0;: dans DIR/teacher avec le corrigé, dans DIR/students sans lui</translation>
    </message>
    <message>
        <source>per key passage: how many found it, and what the others marked it as</source>
        <translation>pour chaque passage du corrigé&#xa0;: combien l&apos;ont trouvé, et comment les autres l&apos;ont marqué</translation>
    </message>
    <message>
        <source>category the key expects against the category students gave its passages</source>
        <translation>la catégorie qu&apos;attend le corrigé face à celle que les élèves ont donnée à ses passages</translation>
    </message>
    <message>
        <source>also write the LMS&apos;s gradebook import file (with --report, a zip of the students&apos; reports for its bulk feedback upload too)</source>
        <translation>écrit aussi le fichier d&apos;import du carnet de notes du LMS (avec --report, aussi un zip des rapports des élèves pour son dépôt groupé de commentaires)</translation>
    </message>
    <message>
        <source>the assignment&apos;s name (its column in the gradebook)</source>
        <translation>le nom du devoir (sa colonne dans le carnet de notes)</translation>
    </message>
    <message>
        <source>scale scores to N points (default: the gradebook&apos;s)</source>
        <translation>ramène les notes sur N points (par défaut&#xa0;: ceux du carnet de notes)</translation>
    </message>
    <message>
        <source>fill the assignment&apos;s column of this gradebook export (written as a new file)</source>
        <translation>remplit la colonne du devoir dans cet export du carnet de notes (écrit dans un nouveau fichier)</translation>
    </message>
    <message>
        <source>where to write the LMS&apos;s gradebook (default: GRADEBOOK-annotator.csv, or OUT-canvas.csv beside --csv)</source>
        <translation>où écrire le carnet de notes du LMS (par défaut&#xa0;: GRADEBOOK-annotator.csv, ou OUT-canvas.csv à côté de --csv)</translation>
    </message>
    <message>
        <source>write the class&apos;s annotations as CSV, W3C JSON-LD, brat or REFI-QDA</source>
        <translation>écrit les annotations de la classe en CSV, W3C JSON-LD, brat ou REFI-QDA</translation>
    </message>
    <message>
        <source>csv: one row per annotation; w3c: a JSON-LD Web Annotation collection (.jsonld); brat: a folder of .txt/.ann files; qdpx: a REFI-QDA project</source>
        <translation>csv&#xa0;: une ligne par annotation&#xa0;; w3c&#xa0;: une collection Web Annotation en JSON-LD (.jsonld)&#xa0;; brat&#xa0;: un dossier de fichiers .txt/.ann&#xa0;; qdpx&#xa0;: un projet REFI-QDA</translation>
    </message>
    <message>
        <source>the file (a folder for brat)</source>
        <translation>le fichier (un dossier pour brat)</translation>
    </message>
    <message>
        <source>how far the class agrees per category (Krippendorff&apos;s alphas)</source>
        <translation>à quel point la classe s&apos;accorde par catégorie (alphas de Krippendorff)</translation>
    </message>
    <message>
        <source>write the figures as CSV</source>
        <translation>écrit les chiffres en CSV</translation>
    </message>
    <message>
        <source>write every two students&apos; agreement as CSV</source>
        <translation>écrit en CSV l&apos;accord de chaque paire d&apos;élèves</translation>
    </message>
    <message>
        <source>each student&apos;s highlights, share of the article, notes, answers and time on task</source>
        <translation>les surlignages de chaque élève, la part de l&apos;article, les notes, les réponses et le temps de travail</translation>
    </message>
    <message>
        <source>only this category</source>
        <translation>seulement cette catégorie</translation>
    </message>
    <message>
        <source>bootstrap resamples for the 95%% intervals</source>
        <translation>rééchantillonnages bootstrap pour les intervalles à 95&#xa0;%%</translation>
    </message>
    <message>
        <source>seed of the bootstrap (same seed, same intervals)</source>
        <translation>graine du bootstrap (même graine, mêmes intervalles)</translation>
    </message>
    <message>
        <source>make Annotator files from brat, Hypothesis or W3C annotations</source>
        <translation>crée des fichiers Annotator à partir d&apos;annotations brat, Hypothesis ou W3C</translation>
    </message>
    <message>
        <source>brat (.ann/.txt folders or a .zip), hypothesis (API JSON) or w3c (JSON-LD)</source>
        <translation>brat (dossiers .ann/.txt ou un .zip), hypothesis (JSON de son API) ou w3c (JSON-LD)</translation>
    </message>
    <message>
        <source>where to write one file per annotator</source>
        <translation>où écrire un fichier par annotateur</translation>
    </message>
    <message>
        <source>make a brat type or Hypothesis tag a category (repeatable; &apos;*=CATEGORY&apos; for the rest)</source>
        <translation>fait d&apos;un type brat ou d&apos;une étiquette Hypothesis une catégorie (répétable&#xa0;; &apos;*=CATEGORY&apos; pour le reste)</translation>
    </message>
    <message>
        <source>TYPE=CATEGORY lines</source>
        <translation>lignes TYPE=CATEGORY</translation>
    </message>
    <message>
        <source>the annotator&apos;s name (default: from the files)</source>
        <translation>le nom de l&apos;annotateur (par défaut&#xa0;: celui des fichiers)</translation>
    </message>
    <message>
        <source>an anonymous handout: the article shaded by how many students marked each passage, per category</source>
        <translation>une fiche anonyme&#xa0;: l&apos;article ombré selon le nombre d&apos;élèves qui ont marqué chaque passage, par catégorie</translation>
    </message>
    <message>
        <source>folder for debrief.html</source>
        <translation>dossier pour debrief.html</translation>
    </message>
    <message>
        <source>share of the class that makes a consensus passage (default 0.5)</source>
        <translation>part de la classe qui fait un passage de consensus (par défaut 0.5)</translation>
    </message>
    <message>
        <source>open the teacher&apos;s review window on a folder (or a zip) of handed-in files</source>
        <translation>ouvre la fenêtre de relecture de l&apos;enseignant sur un dossier (ou un zip) de fichiers rendus</translation>
    </message>
    <message>
        <source>make a lesson pack from an article (.txt, .md or a saved .html page)</source>
        <translation>crée un paquet de leçon à partir d&apos;un article (.txt, .md ou une page .html enregistrée)</translation>
    </message>
    <message>
        <source>lesson title (default: the article&apos;s title)</source>
        <translation>titre de la leçon (par défaut&#xa0;: celui de l&apos;article)</translation>
    </message>
    <message>
        <source>where to make the pack (default: beside the article)</source>
        <translation>où créer le paquet (par défaut&#xa0;: à côté de l&apos;article)</translation>
    </message>
    <message>
        <source>the lesson&apos;s language, for its categories and prompts: es, fr or en (default: the one the article declares or is written in)</source>
        <translation>la langue de la leçon, pour ses catégories et ses consignes&#xa0;: es, fr ou en (par défaut&#xa0;: celle que l&apos;article déclare ou dans laquelle il est écrit)</translation>
    </message>
    <message>
        <source>Read a news article, highlight passages by category and write why. Teachers&apos; tools: annotator {commands} --help</source>
        <translation>Lis un article de presse, surligne des passages par catégorie et écris pourquoi. Outils pour les enseignants&#xa0;: annotator {commands} --help</translation>
    </message>
    <message>
        <source>lesson pack to open, a folder or a .zip (default: the bundled lesson)</source>
        <translation>paquet de leçon à ouvrir, un dossier ou un .zip (par défaut&#xa0;: la leçon fournie)</translation>
    </message>
    <message>
        <source>open this annotation file</source>
        <translation>ouvre ce fichier d&apos;annotations</translation>
    </message>
    <message>
        <source>the student&apos;s name (asked once otherwise)</source>
        <translation>le nom de l&apos;élève (sinon, il est demandé une fois)</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>enregistre la fenêtre en PNG et quitte</translation>
    </message>
    <message>
        <source>add the Teacher menu: lesson library, new lesson, lesson editor, answer key</source>
        <translation>ajoute le menu Enseignant&#xa0;: bibliothèque de leçons, nouvelle leçon, éditeur de leçon, corrigé</translation>
    </message>
    <message>
        <source>{file}: cannot be used: {why}</source>
        <translation>{file}&#xa0;: ne peut pas être utilisé&#xa0;: {why}</translation>
    </message>
    <message>
        <source>annotator: unexpected error ({error}); set ANNOTATOR_DEBUG=1 to see details</source>
        <translation>annotator&#xa0;: erreur inattendue ({error})&#xa0;; définis ANNOTATOR_DEBUG=1 pour voir les détails</translation>
    </message>
    <message>
        <source>{value} is not UTF-8 text; set the terminal to UTF-8 and type it again</source>
        <translation>{value} n&apos;est pas du texte UTF-8&#xa0;; règle le terminal en UTF-8 et retape-le</translation>
    </message>
    <message>
        <source>expected a number, such as 10 or 2.5, not {value}</source>
        <translation>un nombre était attendu, comme 10 ou 2.5, pas {value}</translation>
    </message>
    <message>
        <source>expected a whole number, such as 1000, not {value}</source>
        <translation>un nombre entier était attendu, comme 1000, pas {value}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>{file}: cannot write: {why}</source>
        <translation>{file}&#xa0;: écriture impossible&#xa0;: {why}</translation>
    </message>
    <message>
        <source>{file}: cannot write: {other} is a file, not a folder</source>
        <translation>{file}&#xa0;: écriture impossible&#xa0;: {other} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>{file}: cannot write: {why} ({other})</source>
        <translation>{file}&#xa0;: écriture impossible&#xa0;: {why} ({other})</translation>
    </message>
    <message>
        <source>{pack}: lesson &apos;{lesson}&apos; has no answer key (key.yaml); give one with --key KEY</source>
        <translation>{pack}&#xa0;: la leçon &apos;{lesson}&apos; n&apos;a pas de corrigé (key.yaml)&#xa0;; indiques-en un avec --key KEY</translation>
    </message>
    <message>
        <source>unknown export format {format} (choose one of: {formats})</source>
        <translation>format d&apos;export inconnu {format} (choisis parmi&#xa0;: {formats})</translation>
    </message>
    <message numerus="yes">
        <source>nothing to export: no readable work for lesson &apos;{lesson}&apos; in %n file(s)</source>
        <translation>
            <numerusform>rien à exporter&#xa0;: aucun travail lisible pour la leçon &apos;{lesson}&apos; dans %n fichier</numerusform>
            <numerusform>rien à exporter&#xa0;: aucun travail lisible pour la leçon &apos;{lesson}&apos; dans %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n annotation(s) by {students} to {file}</source>
        <translation>
            <numerusform>%n annotation exportée de {students} vers {file}</numerusform>
            <numerusform>%n annotations exportées de {students} vers {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n teacher comment(s) on highlights</source>
        <translation>
            <numerusform>avec %n commentaire de l&apos;enseignant sur un surlignage</numerusform>
            <numerusform>avec %n commentaires de l&apos;enseignant sur des surlignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned highlight(s) left out: they have no place in the article (see annotator check)</source>
        <translation>
            <numerusform>%n surlignage orphelin laissé de côté&#xa0;: il n&apos;a plus de place dans l&apos;article (voir annotator check)</numerusform>
            <numerusform>%n surlignages orphelins laissés de côté&#xa0;: ils n&apos;ont plus de place dans l&apos;article (voir annotator check)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, {lms} gradebook in {file} (%n student(s))</source>
        <translation>
            <numerusform>, carnet de notes {lms} dans {file} (%n élève)</numerusform>
            <numerusform>, carnet de notes {lms} dans {file} (%n élèves)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n report(s) for {lms}&apos;s bulk feedback upload in {file}</source>
        <translation>
            <numerusform>, %n rapport pour le dépôt groupé de commentaires de {lms} dans {file}</numerusform>
            <numerusform>, %n rapports pour le dépôt groupé de commentaires de {lms} dans {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>students</source>
        <translation>élèves</translation>
    </message>
    <message>
        <source>highlights</source>
        <translation>surlignages</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <source>{category}: {sentence}</source>
        <translation>{category}&#xa0;: {sentence}</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>avertissement&#xa0;: {message}</translation>
    </message>
    <message>
        <source>note: {message}</source>
        <translation>remarque&#xa0;: {message}</translation>
    </message>
    <message>
        <source>no category &apos;{category}&apos; in lesson &apos;{lesson}&apos; (its categories: {ids})</source>
        <translation>pas de catégorie &apos;{category}&apos; dans la leçon &apos;{lesson}&apos; (ses catégories&#xa0;: {ids})</translation>
    </message>
    <message>
        <source>{path}: not written: {why}</source>
        <translation>{path}&#xa0;: non écrit&#xa0;: {why}</translation>
    </message>
    <message numerus="yes">
        <source>no agreement to measure: no readable work for lesson &apos;{lesson}&apos; in %n file(s)</source>
        <translation>
            <numerusform>aucun accord à mesurer&#xa0;: aucun travail lisible pour la leçon &apos;{lesson}&apos; dans %n fichier</numerusform>
            <numerusform>aucun accord à mesurer&#xa0;: aucun travail lisible pour la leçon &apos;{lesson}&apos; dans %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>agreement of {files} on lesson &apos;{lesson}&apos; and the answer key in the pairwise table; 95 % intervals from {resamples} random halves of the class (seed {seed})</source>
        <translation>accord de {files} sur la leçon &apos;{lesson}&apos; et le corrigé dans le tableau par paires&#xa0;; intervalles à 95 % tirés de {resamples} moitiés de la classe au hasard (graine {seed})</translation>
    </message>
    <message>
        <source>agreement of {files} on lesson &apos;{lesson}&apos;, no answer key; 95 % intervals from {resamples} random halves of the class (seed {seed})</source>
        <translation>accord de {files} sur la leçon &apos;{lesson}&apos;, sans corrigé&#xa0;; intervalles à 95 % tirés de {resamples} moitiés de la classe au hasard (graine {seed})</translation>
    </message>
    <message>
        <source>figures in {path}</source>
        <translation>chiffres dans {path}</translation>
    </message>
    <message>
        <source>pairwise table in {path}</source>
        <translation>tableau par paires dans {path}</translation>
    </message>
    <message>
        <source>each student&apos;s work in {path}</source>
        <translation>le travail de chaque élève dans {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{students} from {files} (%n not used: see the messages above)</source>
        <translation>
            <numerusform>{students} sur {files} (%n non utilisé&#xa0;: vois les messages ci-dessus)</numerusform>
            <numerusform>{students} sur {files} (%n non utilisés&#xa0;: vois les messages ci-dessus)</numerusform>
        </translation>
    </message>
    <message>
        <source>{students} from {files}</source>
        <translation>{students} sur {files}</translation>
    </message>
    <message numerus="yes">
        <source>nothing to grade: no readable work for lesson &apos;{lesson}&apos; in %n file(s)</source>
        <translation>
            <numerusform>rien à noter&#xa0;: aucun travail lisible pour la leçon &apos;{lesson}&apos; dans %n fichier</numerusform>
            <numerusform>rien à noter&#xa0;: aucun travail lisible pour la leçon &apos;{lesson}&apos; dans %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>grades in {file}</source>
        <translation>notes dans {file}</translation>
    </message>
    <message>
        <source>key passages</source>
        <translation>passages du corrigé</translation>
    </message>
    <message>
        <source>confusion table</source>
        <translation>tableau des confusions</translation>
    </message>
    <message>
        <source>, {what} in {file}</source>
        <translation>, {what} dans {file}</translation>
    </message>
    <message numerus="yes">
        <source>, %n report(s) in {teacher} (with the key) and {students} (to hand back)</source>
        <translation>
            <numerusform>, %n rapport dans {teacher} (avec le corrigé) et {students} (à rendre aux élèves)</numerusform>
            <numerusform>, %n rapports dans {teacher} (avec le corrigé) et {students} (à rendre aux élèves)</numerusform>
        </translation>
    </message>
    <message>
        <source>graded {students} against lesson &apos;{lesson}&apos;; {written}</source>
        <translation>notés&#xa0;: {students} pour la leçon &apos;{lesson}&apos;&#xa0;; {written}</translation>
    </message>
    <message>
        <source>{path}: not written: it is the gradebook you gave or the grades CSV, which are never replaced; choose another name with --gradebook-out</source>
        <translation>{path}&#xa0;: non écrit&#xa0;: c&apos;est le carnet de notes que tu as donné ou le CSV des notes, qui ne sont jamais remplacés&#xa0;; choisis un autre nom avec --gradebook-out</translation>
    </message>
    <message>
        <source>{path}: no such gradebook file</source>
        <translation>{path}&#xa0;: ce carnet de notes n&apos;existe pas</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (et %n autre)</numerusform>
            <numerusform> (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: cannot write the lesson pack ({why})</source>
        <translation>{where}&#xa0;: impossible d&apos;écrire le paquet de leçon ({why})</translation>
    </message>
    <message>
        <source>made lesson pack {folder} (language: {language})</source>
        <translation>paquet de leçon créé dans {folder} (langue&#xa0;: {language})</translation>
    </message>
    <message>
        <source>warning: {file}: {warning}</source>
        <translation>attention&#xa0;: {file}&#xa0;: {warning}</translation>
    </message>
    <message>
        <source>next: adapt the prompts (lesson.yaml, or Edit this lesson… in the app), then: annotator check {folder}</source>
        <translation>ensuite&#xa0;: adapte les consignes (lesson.yaml, ou Modifier cette leçon… dans l&apos;application), puis&#xa0;: annotator check {folder}</translation>
    </message>
    <message>
        <source>--share must be more than 0 and at most 1, not {share}</source>
        <translation>--share doit être supérieur à 0 et au plus 1, pas {share}</translation>
    </message>
    <message numerus="yes">
        <source>no debrief to make: no readable work for lesson &apos;{lesson}&apos; in %n file(s)</source>
        <translation>
            <numerusform>aucun bilan à faire&#xa0;: aucun travail lisible pour la leçon &apos;{lesson}&apos; dans %n fichier</numerusform>
            <numerusform>aucun bilan à faire&#xa0;: aucun travail lisible pour la leçon &apos;{lesson}&apos; dans %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: only %n student(s): the handout shows each one&apos;s highlights, so it is not anonymous</source>
        <translation>
            <numerusform>avertissement&#xa0;: seulement %n élève&#xa0;: la fiche montre les surlignages de chacun, elle n&apos;est donc pas anonyme</numerusform>
            <numerusform>avertissement&#xa0;: seulement %n élèves&#xa0;: la fiche montre les surlignages de chacun, elle n&apos;est donc pas anonyme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: %n highlight(s) not found in the article are left out</source>
        <translation>
            <numerusform>remarque&#xa0;: %n surlignage introuvable dans l&apos;article est laissé de côté</numerusform>
            <numerusform>remarque&#xa0;: %n surlignages introuvables dans l&apos;article sont laissés de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>debrief of {files} on lesson &apos;{lesson}&apos; in {path} (no names)</source>
        <translation>bilan de {files} sur la leçon &apos;{lesson}&apos; dans {path} (sans noms)</translation>
    </message>
</context>
<context>
    <name>Consensus</name>
    <message numerus="yes">
        <source>{k} of %n student(s)</source>
        <translation>
            <numerusform>{k} sur %n élève</numerusform>
            <numerusform>{k} sur %n élèves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n student(s): the shading shows each student&apos;s own highlights, so this handout is not anonymous.</source>
        <translation>
            <numerusform>Seulement %n élève&#xa0;: l&apos;ombrage montre les surlignages de chaque élève, cette fiche n&apos;est donc pas anonyme.</numerusform>
            <numerusform>Seulement %n élèves&#xa0;: l&apos;ombrage montre les surlignages de chaque élève, cette fiche n&apos;est donc pas anonyme.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the class saw — {lesson}</source>
        <translation>Ce que la classe a vu — {lesson}</translation>
    </message>
    <message>
        <source>What the class saw: {lesson}</source>
        <translation>Ce que la classe a vu&#xa0;: {lesson}</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message>
        <source>no names: each passage is shaded by how many students marked it.</source>
        <translation>sans noms&#xa0;: chaque passage est ombré selon le nombre d&apos;élèves qui l&apos;ont marqué.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Légende&#xa0;:</translation>
    </message>
    <message>
        <source>fewer than a quarter of the class</source>
        <translation>moins d&apos;un quart de la classe</translation>
    </message>
    <message>
        <source>a quarter to half</source>
        <translation>d&apos;un quart à la moitié</translation>
    </message>
    <message>
        <source>half to three quarters</source>
        <translation>de la moitié aux trois quarts</translation>
    </message>
    <message>
        <source>three quarters or more</source>
        <translation>trois quarts ou plus</translation>
    </message>
    <message numerus="yes">
        <source>A consensus passage was marked by at least %n student(s).</source>
        <translation>
            <numerusform>Un passage de consensus a été marqué par au moins %n élève.</numerusform>
            <numerusform>Un passage de consensus a été marqué par au moins %n élèves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>marked by {used} of %n student(s).</source>
        <translation>
            <numerusform>marquée par {used} élève(s) sur %n.</numerusform>
            <numerusform>marquée par {used} élève(s) sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consensus passages:</source>
        <translation>Passages de consensus&#xa0;:</translation>
    </message>
    <message>
        <source>{k} of {n} ({percent} %)</source>
        <translation>{k} sur {n} ({percent} %)</translation>
    </message>
    <message numerus="yes">
        <source>No passage was marked by %n or more students.</source>
        <translation>
            <numerusform>Aucun passage n&apos;a été marqué par %n élèves ou plus.</numerusform>
            <numerusform>Aucun passage n&apos;a été marqué par %n élèves ou plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody marked this category.</source>
        <translation>Personne n&apos;a marqué cette catégorie.</translation>
    </message>
    <message numerus="yes">
        <source>Draft from the class: {k} of %n student(s) ({percent} %) marked this as {label}. Write why an expert marks it.</source>
        <translation>
            <numerusform>Brouillon de la classe&#xa0;: {k} élève(s) sur %n ({percent} %) ont marqué ceci comme {label}. Écris pourquoi un expert le marque.</numerusform>
            <numerusform>Brouillon de la classe&#xa0;: {k} élève(s) sur %n ({percent} %) ont marqué ceci comme {label}. Écris pourquoi un expert le marque.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsensusView</name>
    <message>
        <source>What the class saw: {title}</source>
        <translation>Ce que la classe a vu&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Category shown</source>
        <translation>Catégorie affichée</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>The article shaded by how many students marked each passage</source>
        <translation>L&apos;article ombré selon le nombre d&apos;élèves qui ont surligné chaque passage</translation>
    </message>
    <message>
        <source>{category}: darker = more of the {n} students marked it; underlined = half the class or more. ← → change the category.</source>
        <translation>{category}&#xa0;: plus foncé = plus d&apos;élèves parmi les {n} l&apos;ont surligné&#xa0;; souligné = la moitié de la classe ou plus. ← → changent la catégorie.</translation>
    </message>
</context>
<context>
    <name>CsvCells</name>
    <message>
        <source>the gradebook is empty</source>
        <translation>le carnet de notes est vide</translation>
    </message>
    <message>
        <source>a quoted cell is never closed</source>
        <translation>une cellule entre guillemets n&apos;est jamais fermée</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>is not a date and time like &apos;{example}&apos;</source>
        <translation>n&apos;est pas une date et une heure comme &apos;{example}&apos;</translation>
    </message>
    <message>
        <source>is not a real date and time ({why})</source>
        <translation>n&apos;est pas une date et une heure qui existent ({why})</translation>
    </message>
</context>
<context>
    <name>Defaults</name>
    <message>
        <source>Named source</source>
        <translation>Source nommée</translation>
    </message>
    <message>
        <source>A person or group the article names as the source of information, so you can look up who they are and why they might say it. For example: “Mayor Ana Ruiz said”.</source>
        <translation>Une personne ou un groupe que l&apos;article nomme comme source de l&apos;information&#xa0;: tu peux chercher qui c&apos;est et pourquoi il le dirait. Par exemple&#xa0;: «&#xa0;a déclaré la maire Ana Ruiz&#xa0;».</translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation>Source anonyme</translation>
    </message>
    <message>
        <source>Someone whose information is used but whose name is kept hidden, so you cannot check who they are. For example: “officials said” or “a source close to the talks”.</source>
        <translation>Quelqu&apos;un dont on utilise l&apos;information mais dont le nom reste caché&#xa0;: tu ne peux pas vérifier qui c&apos;est. Par exemple&#xa0;: «&#xa0;selon des responsables&#xa0;» ou «&#xa0;une source proche des négociations&#xa0;».</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Cadrage</translation>
    </message>
    <message>
        <source>How the story is set up: what it is called, what comes first, what it is compared to. Framing shapes how you see the events before you know the facts.</source>
        <translation>La manière dont l&apos;histoire est présentée&#xa0;: comment on l&apos;appelle, ce qui vient d&apos;abord, à quoi on la compare. Le cadrage oriente ta vision des événements avant que tu connaisses les faits.</translation>
    </message>
    <message>
        <source>Loaded language</source>
        <translation>Langage chargé</translation>
    </message>
    <message>
        <source>Words chosen to make you feel something (anger, fear, admiration, scorn) instead of just describing. For example: “slammed” instead of “criticised”.</source>
        <translation>Des mots choisis pour te faire ressentir quelque chose (colère, peur, admiration, mépris) au lieu de simplement décrire. Par exemple&#xa0;: «&#xa0;a fustigé&#xa0;» au lieu de «&#xa0;a critiqué&#xa0;».</translation>
    </message>
    <message>
        <source>Hedge / speculation</source>
        <translation>Incertitude / spéculation</translation>
    </message>
    <message>
        <source>Words that show something is a guess, a possibility or a second-hand report, not a sure fact. For example: “may”, “could”, “reportedly”, “is expected to”.</source>
        <translation>Des mots qui montrent que quelque chose est une supposition, une possibilité ou un récit de seconde main, pas un fait sûr. Par exemple&#xa0;: «&#xa0;pourrait&#xa0;», «&#xa0;peut-être&#xa0;», «&#xa0;selon certaines informations&#xa0;», «&#xa0;devrait&#xa0;».</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>The writer&apos;s own judgement or conclusion: not a fact you could check, and not something a source said.</source>
        <translation>Le jugement ou la conclusion de l&apos;auteur&#xa0;: ce n&apos;est pas un fait que tu pourrais vérifier, ni ce qu&apos;une source a dit.</translation>
    </message>
    <message>
        <source>Check this claim</source>
        <translation>Vérifie cette affirmation</translation>
    </message>
    <message>
        <source>A statement of fact that matters to the story and that you would want to check somewhere else before you believe it, such as a number, a date or a “first ever”.</source>
        <translation>Une affirmation importante pour l&apos;histoire que tu voudrais vérifier ailleurs avant d&apos;y croire, comme un chiffre, une date ou une «&#xa0;première historique&#xa0;».</translation>
    </message>
    <message>
        <source>Missing voice / context</source>
        <translation>Voix ou contexte absent</translation>
    </message>
    <message>
        <source>A place where a side of the story, a person affected or some background is left out, so you only hear part of it.</source>
        <translation>Un endroit où il manque un côté de l&apos;histoire, une personne concernée ou du contexte&#xa0;: tu n&apos;en entends qu&apos;une partie.</translation>
    </message>
    <message>
        <source>Who is speaking? Highlight every source the article uses, named or not. In each note, say how we know who the source is (a name, a job, nothing at all) and why they might say what they say.</source>
        <translation>Qui parle&#xa0;? Surligne toutes les sources que l&apos;article utilise, nommées ou non. Dans chaque note, dis comment on sait qui est la source (un nom, un métier, rien du tout) et pourquoi elle dirait ce qu&apos;elle dit.</translation>
    </message>
    <message>
        <source>Which words frame the story? Start with the headline and the first paragraph. Highlight words that tell you how to see the events or how to feel about them, and in each note suggest a more neutral word. Then answer: does the rest of the article support the headline?</source>
        <translation>Quels mots cadrent l&apos;histoire&#xa0;? Commence par le titre et le premier paragraphe. Surligne les mots qui te disent comment voir les événements ou quoi en ressentir, et dans chaque note propose un mot plus neutre. Puis réponds&#xa0;: le reste de l&apos;article confirme-t-il le titre&#xa0;?</translation>
    </message>
    <message>
        <source>What needs checking? Highlight claims you would want to check before you believe them, and words that show a guess rather than a fact. In each note, say where you could check it or what evidence is missing.</source>
        <translation>Qu&apos;est-ce qu&apos;il faut vérifier&#xa0;? Surligne les affirmations que tu voudrais vérifier avant d&apos;y croire, et les mots qui montrent une supposition plutôt qu&apos;un fait. Dans chaque note, dis où tu pourrais le vérifier ou quelle preuve manque.</translation>
    </message>
    <message>
        <source>Whose voice is missing? Highlight a place where another side, a person affected or some background would change the picture. In your answer, say who else you would want to hear from, and why.</source>
        <translation>Quelle voix manque&#xa0;? Surligne un endroit où un autre point de vue, une personne concernée ou du contexte changerait le tableau. Dans ta réponse, dis qui d&apos;autre tu voudrais entendre, et pourquoi.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Welcome to Annotator</source>
        <translation>Bienvenue dans Annotator</translation>
    </message>
    <message>
        <source>Lesson: {title}

Type your name so your teacher knows whose work this is. Annotator remembers it.</source>
        <translation>Leçon&#xa0;: {title}

Écris ton nom pour que ton enseignant sache à qui est ce travail. Annotator s&apos;en souviendra.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ton nom</translation>
    </message>
    <message>
        <source>Student number (optional)</source>
        <translation>Numéro d&apos;élève (facultatif)</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ton nom&#xa0;:</translation>
    </message>
    <message>
        <source>Student number (optional):</source>
        <translation>Numéro d&apos;élève (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Comment on the chosen highlight:</source>
        <translation>Commentaire sur le surlignage choisi&#xa0;:</translation>
    </message>
    <message>
        <source>Comment on the chosen highlight</source>
        <translation>Commentaire sur le surlignage choisi</translation>
    </message>
    <message>
        <source>Choose a highlight in the Key tab or the article</source>
        <translation>Choisis un surlignage dans l&apos;onglet Corrigé ou dans l&apos;article</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>Score for prompt {n}</source>
        <translation>Note de la consigne {n}</translation>
    </message>
    <message>
        <source>Comment on prompt {n}</source>
        <translation>Commentaire sur la consigne {n}</translation>
    </message>
    <message>
        <source>sum of the prompts</source>
        <translation>somme des consignes</translation>
    </message>
    <message>
        <source>Teacher&apos;s total</source>
        <translation>Total de l&apos;enseignant</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total&#xa0;:</translation>
    </message>
    <message>
        <source>Overall comment:</source>
        <translation>Commentaire général&#xa0;:</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>Commentaire général</translation>
    </message>
    <message>
        <source>automatic ({auto})</source>
        <translation>automatique ({auto})</translation>
    </message>
    <message>
        <source>Automatic: {auto} of {max}</source>
        <translation>Automatique&#xa0;: {auto} sur {max}</translation>
    </message>
    <message>
        <source>sum of the prompts ({total})</source>
        <translation>somme des consignes ({total})</translation>
    </message>
    <message>
        <source>Comment on “{quote}”:</source>
        <translation>Commentaire sur «&#xa0;{quote}&#xa0;»&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>words in the article (Enter: next, Shift+Enter: previous)</source>
        <translation>mots de l&apos;article (Entrée&#xa0;: suivant, Maj+Entrée&#xa0;: précédent)</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Find the previous place</source>
        <translation>Aller à l&apos;endroit précédent</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Find the next place</source>
        <translation>Aller à l&apos;endroit suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Type the words to find</source>
        <translation>Tape les mots à chercher</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>{n} of {total} · Esc: back to the article to mark it</source>
        <translation>{n} sur {total} · Échap&#xa0;: retour à l&apos;article pour le marquer</translation>
    </message>
</context>
<context>
    <name>ForeignFiles</name>
    <message>
        <source>--map {entry}: write TYPE=CATEGORY, e.g. Person=named-source</source>
        <translation>--map {entry}&#xa0;: écris TYPE=CATÉGORIE, par exemple Person=named-source</translation>
    </message>
    <message>
        <source>--map {entry}: no category &apos;{category}&apos; in lesson &apos;{lesson}&apos; (it has: {categories})</source>
        <translation>--map {entry}&#xa0;: aucune catégorie &apos;{category}&apos; dans la leçon &apos;{lesson}&apos; (elle a&#xa0;: {categories})</translation>
    </message>
    <message>
        <source>(no quoted words)</source>
        <translation>(aucun mot cité)</translation>
    </message>
    <message>
        <source>is not JSON ({why})</source>
        <translation>n&apos;est pas du JSON ({why})</translation>
    </message>
    <message>
        <source>is not JSON Annotator can read (nested too deeply)</source>
        <translation>n&apos;est pas du JSON qu&apos;Annotator peut lire (trop de niveaux imbriqués)</translation>
    </message>
</context>
<context>
    <name>HandingIn</name>
    <message>
        <source>✔ All work saved at {time}</source>
        <translation>✔ Tout le travail enregistré à {time}</translation>
    </message>
    <message>
        <source>Could not save ({why}). Your work is kept open here; Annotator keeps trying.</source>
        <translation>Enregistrement impossible ({why}). Ton travail reste ouvert ici&#xa0;; Annotator continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>Could not hand in</source>
        <translation>Impossible de rendre le travail</translation>
    </message>
    <message>
        <source>Handed in: {file}</source>
        <translation>Rendu&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Choose the folder your teacher told you to use</source>
        <translation>Choisis le dossier que ton professeur t&apos;a indiqué</translation>
    </message>
    <message>
        <source>Handed in. Your work is saved as {name} in the folder {folder}.</source>
        <translation>Rendu. Ton travail est enregistré sous le nom {name} dans le dossier {folder}.</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <source>The folder {folder} went away while your work was being written to it (was a USB stick taken out?). Nothing is lost: your work is still saved on this computer. Put the stick back in and hand in again, or choose another folder.</source>
        <translation>Le dossier {folder} a disparu pendant que ton travail y était écrit (une clé USB a-t-elle été retirée&#xa0;?). Rien n&apos;est perdu&#xa0;: ton travail est toujours enregistré sur cet ordinateur. Remets la clé et rends ton travail à nouveau, ou choisis un autre dossier.</translation>
    </message>
    <message>
        <source>Annotator could not write to {folder}: {why}. Your work is still saved on this computer. Try another folder.</source>
        <translation>Annotator n&apos;a pas pu écrire dans {folder}&#xa0;: {why}. Ton travail est toujours enregistré sur cet ordinateur. Essaie un autre dossier.</translation>
    </message>
    <message>
        <source>Not handed in.</source>
        <translation>Pas rendu.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Annotator could not save your work to {file}. To keep it, choose Keep working, then File ▸ Hand in… to another folder (a USB stick or a shared drive). If you close now, the changes that were not saved are lost.</source>
        <translation>Annotator n&apos;a pas pu enregistrer ton travail dans {file}. Pour le garder, choisis Continuer à travailler, puis Fichier ▸ Rendre… dans un autre dossier (une clé USB ou un lecteur partagé). Si tu fermes maintenant, les modifications non enregistrées sont perdues.</translation>
    </message>
    <message>
        <source>Close and lose the changes</source>
        <translation>Fermer et perdre les modifications</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Continuer à travailler</translation>
    </message>
</context>
<context>
    <name>HighlightEditing</name>
    <message>
        <source>Highlighted as {category}: {quote}</source>
        <translation>Surligné comme {category}&#xa0;: {quote}</translation>
    </message>
    <message>
        <source>Highlight deleted: {quote}</source>
        <translation>Surlignage supprimé&#xa0;: {quote}</translation>
    </message>
    <message>
        <source>Now {category}: {quote}</source>
        <translation>Maintenant {category}&#xa0;: {quote}</translation>
    </message>
    <message>
        <source>Read only: {why}</source>
        <translation>Lecture seule&#xa0;: {why}</translation>
    </message>
    <message>
        <source>These words are already highlighted in this category.</source>
        <translation>Ces mots sont déjà surlignés dans cette catégorie.</translation>
    </message>
    <message>
        <source>The selection has no words in it, only a space or a line break. Select some words, then press the category&apos;s key.</source>
        <translation>La sélection ne contient aucun mot, seulement un espace ou un saut de ligne. Sélectionne des mots, puis appuie sur la touche de la catégorie.</translation>
    </message>
    <message>
        <source>First select some words in the article (drag with the mouse, or hold Shift and use the arrow keys).</source>
        <translation>Sélectionne d&apos;abord des mots dans l&apos;article (fais glisser la souris, ou maintiens Maj et utilise les flèches).</translation>
    </message>
    <message>
        <source>{category}, with a note</source>
        <translation>{category}, avec une note</translation>
    </message>
    <message>
        <source>Highlighted: {categories}</source>
        <translation>Surligné&#xa0;: {categories}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Rien à rétablir.</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Annulé&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Rétabli&#xa0;: {what}</translation>
    </message>
    <message>
        <source>answer to prompt {n}</source>
        <translation>réponse à la consigne {n}</translation>
    </message>
    <message>
        <source>details of {quote}</source>
        <translation>détails de {quote}</translation>
    </message>
    <message>
        <source>highlight {quote}</source>
        <translation>surlignage {quote}</translation>
    </message>
    <message>
        <source>deleting {quote}</source>
        <translation>suppression de {quote}</translation>
    </message>
    <message>
        <source>note on {quote}</source>
        <translation>note sur {quote}</translation>
    </message>
    <message>
        <source>category of {quote}</source>
        <translation>catégorie de {quote}</translation>
    </message>
    <message>
        <source>change to {quote}</source>
        <translation>modification de {quote}</translation>
    </message>
</context>
<context>
    <name>HighlightList</name>
    <message>
        <source>My highlights</source>
        <translation>Mes surlignages</translation>
    </message>
    <message>
        <source>Not found in the article (kept, check them)</source>
        <translation>Introuvables dans l&apos;article (conservés, vérifie-les)</translation>
    </message>
    <message>
        <source>Not for any prompt</source>
        <translation>Pour aucune consigne</translation>
    </message>
    <message>
        <source>⚠ check: </source>
        <translation>⚠ à vérifier&#xa0;: </translation>
    </message>
    <message>
        <source>✖ not found: </source>
        <translation>✖ introuvable&#xa0;: </translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>enseignant</translation>
    </message>
    <message>
        <source>No note yet</source>
        <translation>Pas encore de note</translation>
    </message>
</context>
<context>
    <name>HypothesisFiles</name>
    <message>
        <source>(unknown Hypothesis user)</source>
        <translation>(utilisateur Hypothesis inconnu)</translation>
    </message>
    <message>
        <source>not Hypothesis annotation JSON: expected a search result with &apos;rows&apos;, or annotations with a &apos;target&apos;</source>
        <translation>ce n&apos;est pas du JSON d&apos;annotations Hypothesis&#xa0;: un résultat de recherche avec &apos;rows&apos;, ou des annotations avec un &apos;target&apos;, étaient attendus</translation>
    </message>
    <message>
        <source>row {n} is not a Hypothesis annotation (no &apos;target&apos; list)</source>
        <translation>la ligne {n} n&apos;est pas une annotation Hypothesis (pas de liste &apos;target&apos;)</translation>
    </message>
    <message>
        <source>annotation {id}: only {kinds}, no TextQuoteSelector to find its passage by; not imported</source>
        <translation>annotation {id}&#xa0;: seulement {kinds}, aucun TextQuoteSelector pour retrouver son passage&#xa0;; non importée</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>unknown import format {format} (choose one of: {formats})</source>
        <translation>format d&apos;importation inconnu {format} (choisis parmi&#xa0;: {formats})</translation>
    </message>
    <message>
        <source>{folder}: not written: {why}</source>
        <translation>{folder}&#xa0;: non écrit&#xa0;: {why}</translation>
    </message>
    <message numerus="yes">
        <source>type or tag &apos;{kind}&apos; (%n highlight(s)) is no category of lesson &apos;{lesson}&apos;; not imported: add --map &apos;{kind}=CATEGORY&apos;</source>
        <translation>
            <numerusform>le type ou l&apos;étiquette &apos;{kind}&apos; (%n surlignage) n&apos;est aucune catégorie de la leçon &apos;{lesson}&apos;&#xa0;; non importé&#xa0;: ajoute --map &apos;{kind}=CATEGORY&apos;</numerusform>
            <numerusform>le type ou l&apos;étiquette &apos;{kind}&apos; (%n surlignages) n&apos;est aucune catégorie de la leçon &apos;{lesson}&apos;&#xa0;; non importés&#xa0;: ajoute --map &apos;{kind}=CATEGORY&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: {student} ({source}): %n annotations: {counts}</source>
        <translation>
            <numerusform>{path}&#xa0;: {student} ({source})&#xa0;: %n annotation&#xa0;: {counts}</numerusform>
            <numerusform>{path}&#xa0;: {student} ({source})&#xa0;: %n annotations&#xa0;: {counts}</numerusform>
        </translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sans nom</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n surlignage</numerusform>
            <numerusform>%n surlignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported {highlights} by %n annotator(s) into {folder}: {summary}</source>
        <translation>
            <numerusform>importé {highlights} de %n annotateur dans {folder}&#xa0;: {summary}</numerusform>
            <numerusform>importé {highlights} de %n annotateurs dans {folder}&#xa0;: {summary}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Import annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Categories for the imported highlights</source>
        <translation>Catégories des surlignages importés</translation>
    </message>
    <message>
        <source>(no type or tag)</source>
        <translation>(sans type ni étiquette)</translation>
    </message>
    <message numerus="yes">
        <source>“{kind}”: %n highlight(s) left out: no category was chosen.</source>
        <translation>
            <numerusform>«&#xa0;{kind}&#xa0;»&#xa0;: %n surlignage laissé de côté&#xa0;: aucune catégorie choisie.</numerusform>
            <numerusform>«&#xa0;{kind}&#xa0;»&#xa0;: %n surlignages laissés de côté&#xa0;: aucune catégorie choisie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s) imported into {folder}.</source>
        <translation>
            <numerusform>%n annotateur importé dans {folder}.</numerusform>
            <numerusform>%n annotateurs importés dans {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the highlights landed: {counts}.</source>
        <translation>Où sont placés les surlignages&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problème&#xa0;:</numerusform>
            <numerusform>%n problèmes&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportingFiles</name>
    <message>
        <source>no .json or .jsonld files in this folder</source>
        <translation>aucun fichier .json ou .jsonld dans ce dossier</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>ce fichier ou dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>{file}: note: left out {page_notes} and {replies}: they are not highlights of a passage</source>
        <translation>{file}&#xa0;: remarque&#xa0;: laissé de côté {page_notes} et {replies}&#xa0;: ce ne sont pas des surlignages d&apos;un passage</translation>
    </message>
    <message numerus="yes">
        <source>%n page note(s)</source>
        <translation>
            <numerusform>%n note de page</numerusform>
            <numerusform>%n notes de page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: note: left out {skipped}: they are not highlights of a passage</source>
        <translation>{file}&#xa0;: remarque&#xa0;: laissé de côté {skipped}&#xa0;: ce ne sont pas des surlignages d&apos;un passage</translation>
    </message>
    <message numerus="yes">
        <source>{file}: note: left out %n teacher comment(s) (motivation &apos;assessing&apos;): feedback lives in the teacher&apos;s own files</source>
        <translation>
            <numerusform>{file}&#xa0;: remarque&#xa0;: laissé de côté %n commentaire de l&apos;enseignant (motivation &apos;assessing&apos;)&#xa0;: les retours vivent dans les fichiers de l&apos;enseignant</numerusform>
            <numerusform>{file}&#xa0;: remarque&#xa0;: laissé de côté %n commentaires de l&apos;enseignant (motivation &apos;assessing&apos;)&#xa0;: les retours vivent dans les fichiers de l&apos;enseignant</numerusform>
        </translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>is inside the lesson pack; import into a folder of its own</source>
        <translation>est dans le dossier de la leçon&#xa0;; importe dans un dossier à part</translation>
    </message>
    <message>
        <source>holds the files being imported</source>
        <translation>contient les fichiers en cours d&apos;importation</translation>
    </message>
    <message>
        <source>is, or is inside, a link that leads back to itself (a link loop)</source>
        <translation>est, ou est dans, un lien qui ramène à lui-même (une boucle de liens)</translation>
    </message>
    <message>
        <source>is a link to {target}, which does not exist</source>
        <translation>est un lien vers {target}, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>{other} is a file, not a folder</source>
        <translation>{other} est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>cannot be used: {why}</source>
        <translation>ne peut pas être utilisé&#xa0;: {why}</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>{found} of {students} found {quote} ({expected}).</source>
        <translation>{found} sur {students} ont trouvé {quote} ({expected}).</translation>
    </message>
    <message>
        <source>{n} of {students} marked {quote} as {category}.</source>
        <translation>{n} sur {students} ont marqué {quote} comme {category}.</translation>
    </message>
    <message>
        <source>{time} from start to last change</source>
        <translation>{time} du début à la dernière modification</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) ({lost} not found in the article)</source>
        <translation>
            <numerusform>%n surlignage ({lost} introuvable(s) dans l&apos;article)</numerusform>
            <numerusform>%n surlignages ({lost} introuvable(s) dans l&apos;article)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n surlignage</numerusform>
            <numerusform>%n surlignages</numerusform>
        </translation>
    </message>
    <message>
        <source>{highlights} covering {share} of the article, {notes}, {answers} of {asked} written answers; {time}.</source>
        <translation>{highlights} couvrant {share} de l&apos;article, {notes}, {answers} réponse(s) écrite(s) sur {asked}&#xa0;; {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>the file does not say when the work began</source>
        <translation>le fichier ne dit pas quand le travail a commencé</translation>
    </message>
    <message>
        <source>the file records no change after the work began</source>
        <translation>le fichier n&apos;enregistre aucune modification après le début du travail</translation>
    </message>
    <message>
        <source>the file&apos;s times run backwards (a computer clock was wrong)</source>
        <translation>les heures du fichier remontent le temps (l&apos;horloge d&apos;un ordinateur était fausse)</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>unknown file kind {found} (expected one of: {known})</source>
        <translation>type de fichier inconnu {found} (types attendus&#xa0;: {known})</translation>
    </message>
    <message>
        <source>not an Annotator file: it has no &apos;schema: annotator/…&apos; line</source>
        <translation>n&apos;est pas un fichier d&apos;Annotator&#xa0;: il n&apos;a pas de ligne &apos;schema: annotator/…&apos;</translation>
    </message>
    <message>
        <source>a lesson file is read as lesson.yaml inside its pack folder; rename it, or check the folder</source>
        <translation>un fichier de leçon se lit sous le nom lesson.yaml dans le dossier de son paquet&#xa0;; renomme-le, ou vérifie le dossier</translation>
    </message>
    <message>
        <source>{path}: answer key for &apos;{lesson}&apos;: {items}, {not_flagged} not to flag</source>
        <translation>{path}&#xa0;: corrigé de &apos;{lesson}&apos;&#xa0;: {items}, {not_flagged} à ne pas marquer</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: teacher feedback for {student} on &apos;{lesson}&apos;</source>
        <translation>{path}&#xa0;: commentaires de l&apos;enseignant pour {student} sur &apos;{lesson}&apos;</translation>
    </message>
    <message>
        <source>an unnamed student</source>
        <translation>un élève sans nom</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>fuzzy</source>
        <translation>approché</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>orphelin</translation>
    </message>
    <message numerus="yes">
        <source>%n exact</source>
        <translation>
            <numerusform>%n exact</numerusform>
            <numerusform>%n exacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacé</numerusform>
            <numerusform>%n déplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fuzzy</source>
        <translation>
            <numerusform>%n approché</numerusform>
            <numerusform>%n approchés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n orphelin</numerusform>
            <numerusform>%n orphelins</numerusform>
        </translation>
    </message>
    <message>
        <source>not a lesson pack: it has no lesson.yaml, and no .yaml files to check</source>
        <translation>pas un dossier de leçon&#xa0;: il n&apos;a pas de lesson.yaml, ni de fichiers .yaml à vérifier</translation>
    </message>
    <message>
        <source>not a lesson pack: it has no lesson.yaml (it has {names})</source>
        <translation>pas un dossier de leçon&#xa0;: il n&apos;a pas de lesson.yaml (il contient {names})</translation>
    </message>
    <message>
        <source>an answer key is checked against its lesson: give --lesson PACK</source>
        <translation>un corrigé se vérifie avec sa leçon&#xa0;: indique --lesson PACK</translation>
    </message>
    <message numerus="yes">
        <source>%n key item(s)</source>
        <translation>
            <numerusform>%n passage du corrigé</numerusform>
            <numerusform>%n passages du corrigé</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer key</source>
        <translation>pas de corrigé</translation>
    </message>
    <message>
        <source>{pack}: lesson &apos;{lesson}&apos; OK: {categories}, {prompts}, {key}, article {characters}</source>
        <translation>{pack}&#xa0;: leçon &apos;{lesson}&apos; correcte&#xa0;: {categories}, {prompts}, {key}, article de {characters}</translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n catégorie</numerusform>
            <numerusform>%n catégories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n consigne</numerusform>
            <numerusform>%n consignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: {student}</source>
        <translation>{path}&#xa0;: {student}</translation>
    </message>
    <message>
        <source>unnamed student</source>
        <translation>élève sans nom</translation>
    </message>
    <message>
        <source>{path}: note: {note}</source>
        <translation>{path}&#xa0;: remarque&#xa0;: {note}</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {count} (give --lesson PACK to place them on the article)</source>
        <translation>{name}&#xa0;: {count} (indique --lesson PACK pour les placer sur l&apos;article)</translation>
    </message>
    <message>
        <source>{path}: note: made for lesson &apos;{made_for}&apos;, checked against &apos;{lesson}&apos;</source>
        <translation>{path}&#xa0;: remarque&#xa0;: fait pour la leçon &apos;{made_for}&apos;, vérifié avec &apos;{lesson}&apos;</translation>
    </message>
    <message>
        <source>{path}: note: made for a different text of the article; passages are found again</source>
        <translation>{path}&#xa0;: remarque&#xa0;: fait pour un autre texte de l&apos;article&#xa0;; les passages sont retrouvés</translation>
    </message>
    <message>
        <source>{path}: {id} {category} {span} {status}: “{quote}”</source>
        <translation>{path}&#xa0;: {id} {category} {span} {status}&#xa0;: «&#xa0;{quote}&#xa0;»</translation>
    </message>
    <message>
        <source>{name}: {count}: {summary}</source>
        <translation>{name}&#xa0;: {count}&#xa0;: {summary}</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>end {end} is before start {start}</source>
        <translation>la fin {end} est avant le début {start}</translation>
    </message>
    <message>
        <source>end {end} is past the end of the article ({n} characters)</source>
        <translation>la fin {end} dépasse la fin de l&apos;article ({n} caractères)</translation>
    </message>
    <message>
        <source>the article at {start}-{end} reads {found}, not the quote</source>
        <translation>en {start}-{end}, l&apos;article dit {found}, et non la citation</translation>
    </message>
    <message>
        <source>no category &apos;{category}&apos; in this lesson</source>
        <translation>pas de catégorie &apos;{category}&apos; dans cette leçon</translation>
    </message>
    <message>
        <source>key is for lesson &apos;{found}&apos;, not &apos;{lesson}&apos;</source>
        <translation>ce corrigé est celui de la leçon &apos;{found}&apos;, pas de &apos;{lesson}&apos;</translation>
    </message>
    <message>
        <source>this answer key was made for a different version of the article, so its passages would not line up</source>
        <translation>ce corrigé a été fait pour une autre version de l&apos;article&#xa0;: ses passages ne tomberaient pas au bon endroit</translation>
    </message>
    <message>
        <source>key item id &apos;{id}&apos; is used twice</source>
        <translation>l&apos;identifiant de passage du corrigé &apos;{id}&apos; est utilisé deux fois</translation>
    </message>
    <message>
        <source>no prompt &apos;{prompt}&apos; in this lesson</source>
        <translation>pas de consigne &apos;{prompt}&apos; dans cette leçon</translation>
    </message>
</context>
<context>
    <name>KeyList</name>
    <message>
        <source>Found, missed and extra</source>
        <translation>Trouvés, manqués et en plus</translation>
    </message>
    <message>
        <source>No answer key in this lesson pack.</source>
        <translation>Ce paquet de leçon n&apos;a pas de corrigé.</translation>
    </message>
    <message>
        <source>✔ Found ({n})</source>
        <translation>✔ Trouvés ({n})</translation>
    </message>
    <message>
        <source>✖ Missed ({n})</source>
        <translation>✖ Manqués ({n})</translation>
    </message>
    <message>
        <source>+ Extra: matches nothing in the key ({n})</source>
        <translation>+ En plus&#xa0;: ne correspondent à rien dans le corrigé ({n})</translation>
    </message>
</context>
<context>
    <name>KeyWindow</name>
    <message>
        <source>Answer key: {title} — Annotator</source>
        <translation>Corrigé&#xa0;: {title} — Annotator</translation>
    </message>
    <message>
        <source>&amp;Close the answer key</source>
        <translation>&amp;Fermer le corrigé</translation>
    </message>
    <message>
        <source>Rationale: why an expert marks this passage (one sentence)</source>
        <translation>Justification&#xa0;: pourquoi un expert marque ce passage (une phrase)</translation>
    </message>
    <message>
        <source>Rationale for this key passage</source>
        <translation>Justification de ce passage du corrigé</translation>
    </message>
    <message>
        <source>Editing the answer key: mark each passage an expert would mark</source>
        <translation>Modification du corrigé&#xa0;: marque chaque passage qu&apos;un expert marquerait</translation>
    </message>
    <message>
        <source>Key passages</source>
        <translation>Passages du corrigé</translation>
    </message>
    <message>
        <source>Answer key mode: mark each passage an expert would mark. Saved automatically to {file}</source>
        <translation>Mode corrigé&#xa0;: marque chaque passage qu&apos;un expert marquerait. Enregistré automatiquement dans {file}</translation>
    </message>
    <message>
        <source>This key passage</source>
        <translation>Ce passage du corrigé</translation>
    </message>
    <message>
        <source>Categories also accepted for this passage</source>
        <translation>Catégories aussi acceptées pour ce passage</translation>
    </message>
    <message>
        <source>A student&apos;s highlight in any ticked category counts as found.</source>
        <translation>Un surlignage de l&apos;élève dans n&apos;importe quelle catégorie cochée compte comme trouvé.</translation>
    </message>
    <message>
        <source>Also accept:</source>
        <translation>Accepter aussi&#xa0;:</translation>
    </message>
    <message>
        <source>Prompt this passage scores for</source>
        <translation>Consigne pour laquelle ce passage compte</translation>
    </message>
    <message>
        <source>Finding this passage adds its points to this prompt&apos;s score (up to the prompt&apos;s maximum).</source>
        <translation>Trouver ce passage ajoute ses points à la note de cette consigne (jusqu&apos;au maximum de la consigne).</translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation>(aucune consigne)</translation>
    </message>
    <message>
        <source>Counts for:</source>
        <translation>Compte pour&#xa0;:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Required passage</source>
        <translation>Passage obligatoire</translation>
    </message>
    <message>
        <source>Points for finding this passage</source>
        <translation>Points pour avoir trouvé ce passage</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Points&#xa0;:</translation>
    </message>
    <message>
        <source>Key passages of this prompt: {used:g} points; its maximum: {max}</source>
        <translation>Passages du corrigé de cette consigne&#xa0;: {used:g} points&#xa0;; son maximum&#xa0;: {max}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>Your school set the language on this computer.</source>
        <translation>Ton établissement a fixé la langue sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The language could not be saved: {why}</source>
        <translation>La langue n&apos;a pas pu être enregistrée&#xa0;: {why}</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Annotator will speak {language} the next time it starts.</source>
        <translation>Annotator sera en {language} au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>The Teacher menu is turned off on this computer by the school&apos;s settings.</source>
        <translation>Le menu Enseignant est désactivé sur cet ordinateur par les réglages de l&apos;établissement.</translation>
    </message>
    <message>
        <source>Sample Student</source>
        <translation>Élève exemple</translation>
    </message>
    <message>
        <source>This lesson could not be opened: {path}</source>
        <translation>Cette leçon n&apos;a pas pu être ouverte&#xa0;: {path}</translation>
    </message>
    <message>
        <source>The lesson Annotator opens first could not be opened ({problem}); it opened “{title}” from the lesson library instead. Tell whoever installs Annotator.</source>
        <translation>La leçon qu&apos;Annotator ouvre d&apos;abord n&apos;a pas pu être ouverte ({problem})&#xa0;; il a ouvert «&#xa0;{title}&#xa0;» de la bibliothèque de leçons à la place. Préviens la personne qui installe Annotator.</translation>
    </message>
    <message>
        <source>This file could not be opened: {path}</source>
        <translation>Ce fichier n&apos;a pas pu être ouvert&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>grade levels: “{part}” is not a grade from 1 to 13 (write e.g. 9, 10 or 9–12)</source>
        <translation>niveaux&#xa0;: «&#xa0;{part}&#xa0;» n&apos;est pas un niveau de 1 à 13 (écris par exemple 9, 10 ou 9–12)</translation>
    </message>
    <message>
        <source>Edit lesson: {title}</source>
        <translation>Modifier la leçon&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Parts of the lesson</source>
        <translation>Parties de la leçon</translation>
    </message>
    <message>
        <source>&amp;Lesson and article</source>
        <translation>&amp;Leçon et article</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Catégories</translation>
    </message>
    <message>
        <source>&amp;Prompts</source>
        <translation>C&amp;onsignes</translation>
    </message>
    <message>
        <source>Article te&amp;xt</source>
        <translation>Te&amp;xte de l’article</translation>
    </message>
    <message>
        <source>Problems with the lesson</source>
        <translation>Problèmes de la leçon</translation>
    </message>
    <message>
        <source>OK: keep these changes</source>
        <translation>OK&#xa0;: garder ces modifications</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Titre de la leçon</translation>
    </message>
    <message>
        <source>What students and the lesson library see as the lesson&apos;s name.</source>
        <translation>Le nom de la leçon que voient les élèves et la bibliothèque de leçons.</translation>
    </message>
    <message>
        <source>Grade levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>School grades the lesson is for, e.g. 9, 10 or 9–12. May stay empty.</source>
        <translation>Niveaux scolaires visés, par exemple 9, 10 ou 9–12. Peut rester vide.</translation>
    </message>
    <message>
        <source>e.g. 9, 10 or 9–12</source>
        <translation>p. ex. 9, 10 ou 9–12</translation>
    </message>
    <message>
        <source>Minutes the lesson takes</source>
        <translation>Durée de la leçon en minutes</translation>
    </message>
    <message>
        <source>How long the lesson takes in class; 0 leaves it unsaid.</source>
        <translation>Durée de la leçon en classe&#xa0;; 0 la laisse non précisée.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>Code de langue</translation>
    </message>
    <message>
        <source>The article&apos;s language as a code: en, es, fr, de, pt-BR…</source>
        <translation>La langue de l&apos;article sous forme de code&#xa0;: en, es, fr, de, pt-BR…</translation>
    </message>
    <message>
        <source>Learning objectives, one per line</source>
        <translation>Objectifs d&apos;apprentissage, un par ligne</translation>
    </message>
    <message>
        <source>Each objective is one bullet; Enter starts the next one.</source>
        <translation>Chaque objectif est une puce&#xa0;; Entrée commence le suivant.</translation>
    </message>
    <message>
        <source>What students will be able to do, one objective per line</source>
        <translation>Ce que les élèves sauront faire, un objectif par ligne</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Grade levels:</source>
        <translation>&amp;Niveaux&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes&#xa0;:</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>O&amp;bjectifs&#xa0;:</translation>
    </message>
    <message>
        <source>The article, as its source gives it</source>
        <translation>L&apos;article, tel que sa source le donne</translation>
    </message>
    <message>
        <source>Leave a field empty when the source does not say: students should not see a guess.</source>
        <translation>Laisse un champ vide quand la source ne le dit pas&#xa0;: les élèves ne doivent pas voir une supposition.</translation>
    </message>
    <message>
        <source>Headl&amp;ine:</source>
        <translation>T&amp;itre de l&apos;article&#xa0;:</translation>
    </message>
    <message>
        <source>Article headline</source>
        <translation>Titre de l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Publication or website</source>
        <translation>Publication ou site web</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Article author</source>
        <translation>Auteur de l&apos;article</translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation>&amp;Publié le&#xa0;:</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Adr&amp;esse&#xa0;:</translation>
    </message>
    <message>
        <source>Web address of the article</source>
        <translation>Adresse web de l&apos;article</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Best as a date like 2019-02-28.</source>
        <translation>De préférence une date comme 2019-02-28.</translation>
    </message>
    <message>
        <source>The lesson needs a title.</source>
        <translation>La leçon a besoin d&apos;un titre.</translation>
    </message>
    <message>
        <source>The language must be a code such as en, es or pt-BR.</source>
        <translation>La langue doit être un code comme en, es ou pt-BR.</translation>
    </message>
    <message>
        <source>Category {n}</source>
        <translation>Catégorie {n}</translation>
    </message>
    <message>
        <source>Category {n} needs a label.</source>
        <translation>La catégorie {n} a besoin d&apos;un libellé.</translation>
    </message>
    <message>
        <source>“{name}” needs an id (lower-case letters, digits, dashes).</source>
        <translation>«&#xa0;{name}&#xa0;» a besoin d&apos;un identifiant (minuscules, chiffres, tirets).</translation>
    </message>
    <message>
        <source>“{name}” needs a key (one letter or digit).</source>
        <translation>«&#xa0;{name}&#xa0;» a besoin d&apos;une touche (une lettre ou un chiffre).</translation>
    </message>
    <message>
        <source>The answer key uses the category “{label}” (id {id}); keep it, with that id.</source>
        <translation>Le corrigé utilise la catégorie «&#xa0;{label}&#xa0;» (identifiant {id})&#xa0;; garde-la, avec cet identifiant.</translation>
    </message>
    <message>
        <source>Prompt {n} has no question yet.</source>
        <translation>La consigne {n} n&apos;a pas encore de question.</translation>
    </message>
    <message>
        <source>Prompt {n} expects highlights but ticks no category.</source>
        <translation>La consigne {n} attend des surlignages mais ne coche aucune catégorie.</translation>
    </message>
    <message>
        <source>The article needs at least one paragraph.</source>
        <translation>L’article doit garder au moins un paragraphe.</translation>
    </message>
    <message>
        <source>The answer key marks “{quote}”, which is no longer in the article: keep those words, or remove the passage from the key first.</source>
        <translation>Le corrigé marque «&#xa0;{quote}&#xa0;», qui n’est plus dans l’article&#xa0;: garde ces mots, ou retire d’abord ce passage du corrigé.</translation>
    </message>
    <message>
        <source>Fix these to save the lesson:</source>
        <translation>Corrige ceci pour enregistrer la leçon&#xa0;:</translation>
    </message>
    <message>
        <source>Worth a look:</source>
        <translation>À regarder&#xa0;:</translation>
    </message>
    <message>
        <source>Fix the problems listed above first.</source>
        <translation>Corrige d&apos;abord les problèmes ci-dessus.</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>category id &apos;{id}&apos; is used twice</source>
        <translation>l&apos;identifiant de catégorie &apos;{id}&apos; est utilisé deux fois</translation>
    </message>
    <message>
        <source>key &apos;{key}&apos; is also {other}&apos;s key</source>
        <translation>la touche &apos;{key}&apos; est aussi celle de {other}</translation>
    </message>
    <message>
        <source>prompt id &apos;{id}&apos; is used twice</source>
        <translation>l&apos;identifiant de consigne &apos;{id}&apos; est utilisé deux fois</translation>
    </message>
    <message>
        <source>no category &apos;{category}&apos; in this lesson</source>
        <translation>pas de catégorie &apos;{category}&apos; dans cette leçon</translation>
    </message>
</context>
<context>
    <name>LessonPack</name>
    <message>
        <source>{path}: cannot be read ({why})</source>
        <translation>{path}&#xa0;: illisible ({why})</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (et %n autre problème)</numerusform>
            <numerusform> (et %n autres problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>the article cannot be called &apos;{name}&apos;</source>
        <translation>l&apos;article ne peut pas s&apos;appeler &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>this is a file, not a folder; choose a folder for the lesson pack</source>
        <translation>c&apos;est un fichier, pas un dossier&#xa0;; choisis un dossier pour le paquet de leçon</translation>
    </message>
    <message>
        <source>the folder cannot be read ({why})</source>
        <translation>le dossier est illisible ({why})</translation>
    </message>
    <message>
        <source>the folder already holds other files; choose an empty folder for the lesson pack</source>
        <translation>le dossier contient déjà d&apos;autres fichiers&#xa0;; choisis un dossier vide pour le paquet de leçon</translation>
    </message>
    <message>
        <source>the folder holds a lesson.yaml that cannot be read; it is not overwritten</source>
        <translation>le dossier contient un lesson.yaml illisible&#xa0;; il n&apos;est pas écrasé</translation>
    </message>
    <message>
        <source>the folder already holds another lesson pack (&apos;{found}&apos;); it is not overwritten</source>
        <translation>le dossier contient déjà un autre paquet de leçon (&apos;{found}&apos;)&#xa0;; il n&apos;est pas écrasé</translation>
    </message>
    <message>
        <source>this lesson has no answer key (key.yaml) yet; export it for students, or make the key first</source>
        <translation>cette leçon n&apos;a pas encore de corrigé (key.yaml)&#xa0;; exporte-la pour les élèves, ou fais d&apos;abord le corrigé</translation>
    </message>
    <message>
        <source>is a folder; give the name of the .zip file to write</source>
        <translation>est un dossier&#xa0;; donne le nom du fichier .zip à écrire</translation>
    </message>
    <message>
        <source>a lesson pack appeared here during the import; try again</source>
        <translation>un paquet de leçon est apparu ici pendant l&apos;import&#xa0;; réessaie</translation>
    </message>
    <message>
        <source>{what} not found in the pack</source>
        <translation>{what}&#xa0;: introuvable dans le paquet</translation>
    </message>
    <message>
        <source>points outside the lesson pack (through a link)</source>
        <translation>pointe hors du paquet de leçon (par un lien)</translation>
    </message>
    <message>
        <source>path is empty</source>
        <translation>le chemin est vide</translation>
    </message>
    <message>
        <source>path {path} has a control character in it</source>
        <translation>le chemin {path} contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>path &apos;{path}&apos; is absolute; paths in a lesson pack must be relative to it</source>
        <translation>le chemin &apos;{path}&apos; est absolu&#xa0;; les chemins d&apos;un paquet de leçon doivent être relatifs à celui-ci</translation>
    </message>
    <message>
        <source>path &apos;{path}&apos; leaves the lesson pack</source>
        <translation>le chemin &apos;{path}&apos; sort du paquet de leçon</translation>
    </message>
    <message>
        <source>path &apos;{path}&apos; names the lesson pack itself, not a file in it</source>
        <translation>le chemin &apos;{path}&apos; désigne le paquet de leçon lui-même, pas un fichier qu&apos;il contient</translation>
    </message>
    <message>
        <source>zip holds no lesson.yaml</source>
        <translation>le zip ne contient aucun lesson.yaml</translation>
    </message>
    <message>
        <source>no lesson pack here (expected a folder or a .zip)</source>
        <translation>pas de paquet de leçon ici (un dossier ou un .zip était attendu)</translation>
    </message>
    <message>
        <source>lesson pack has no lesson.yaml</source>
        <translation>le paquet de leçon n&apos;a pas de lesson.yaml</translation>
    </message>
    <message>
        <source>article file has no text</source>
        <translation>le fichier de l&apos;article n&apos;a pas de texte</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (et %n autre)</numerusform>
            <numerusform> (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson packs (*.zip)</source>
        <translation>Dossiers de leçon (*.zip)</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Lesson library</source>
        <translation>Bibliothèque de leçons</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Leçons</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Leçon</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;Import .zip…</source>
        <translation>&amp;Importer un .zip…</translation>
    </message>
    <message>
        <source>Import a lesson pack from a .zip file</source>
        <translation>Importer un paquet de leçon depuis un fichier .zip</translation>
    </message>
    <message>
        <source>Adds a copy of a shared lesson pack to your lessons.</source>
        <translation>Ajoute à tes leçons une copie d&apos;un paquet de leçon partagé.</translation>
    </message>
    <message>
        <source>Export for &amp;students…</source>
        <translation>Exporter pour les é&amp;lèves…</translation>
    </message>
    <message>
        <source>Export for students, without the answer key</source>
        <translation>Exporter pour les élèves, sans le corrigé</translation>
    </message>
    <message>
        <source>A .zip of the lesson without the answer key, to hand out.</source>
        <translation>Un .zip de la leçon sans le corrigé, à distribuer.</translation>
    </message>
    <message>
        <source>Export for &amp;teachers…</source>
        <translation>Exporter pour les &amp;enseignants…</translation>
    </message>
    <message>
        <source>Export for teachers, with the answer key</source>
        <translation>Exporter pour les enseignants, avec le corrigé</translation>
    </message>
    <message>
        <source>A .zip of the lesson with its answer key, for colleagues.</source>
        <translation>Un .zip de la leçon avec son corrigé, pour les collègues.</translation>
    </message>
    <message>
        <source>Import a&amp;nnotations…</source>
        <translation>Importer des a&amp;nnotations…</translation>
    </message>
    <message>
        <source>Import annotations made in brat, Hypothesis or W3C format on the chosen lesson</source>
        <translation>Importer des annotations au format brat, Hypothesis ou W3C sur la leçon choisie</translation>
    </message>
    <message>
        <source>Writes one Annotator file per annotator into a class folder you choose, ready to review and grade.</source>
        <translation>Écrit un fichier Annotator par annotateur dans le dossier de classe de ton choix, prêt à relire et à noter.</translation>
    </message>
    <message>
        <source>Share the chosen lesson:</source>
        <translation>Partager la leçon choisie&#xa0;:</translation>
    </message>
    <message>
        <source>Open the chosen lesson</source>
        <translation>Ouvrir la leçon choisie</translation>
    </message>
    <message>
        <source>Lessons that come with Annotator</source>
        <translation>Leçons fournies avec Annotator</translation>
    </message>
    <message>
        <source>Your lessons</source>
        <translation>Tes leçons</translation>
    </message>
    <message>
        <source>{title} (cannot be opened)</source>
        <translation>{title} (ne peut pas être ouverte)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>None yet: make a new lesson or import a .zip</source>
        <translation>Aucune pour l&apos;instant&#xa0;: crée une nouvelle leçon ou importe un .zip</translation>
    </message>
    <message>
        <source>Choose a lesson in the list.</source>
        <translation>Choisis une leçon dans la liste.</translation>
    </message>
    <message>
        <source>This lesson cannot be opened: {problem}</source>
        <translation>Cette leçon ne peut pas être ouverte&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>“{title}” comes with Annotator.</source>
        <translation>«&#xa0;{title}&#xa0;» est fournie avec Annotator.</translation>
    </message>
    <message>
        <source>“{title}” is kept in {folder}</source>
        <translation>«&#xa0;{title}&#xa0;» est conservée dans {folder}</translation>
    </message>
    <message>
        <source>Import a lesson pack</source>
        <translation>Importer un paquet de leçon</translation>
    </message>
    <message>
        <source>Lesson not imported</source>
        <translation>Leçon non importée</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported, and your lessons are unchanged.

{why}</source>
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être importé, et tes leçons n&apos;ont pas changé.

{why}</translation>
    </message>
    <message>
        <source>Annotator could not write to {folder}: {why}</source>
        <translation>Annotator n&apos;a pas pu écrire dans {folder}&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Imported “{title}” into your lessons.</source>
        <translation>«&#xa0;{title}&#xa0;» a été importée dans tes leçons.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Import annotations: choose the class folder to write into</source>
        <translation>Importer des annotations&#xa0;: choisis le dossier de la classe où les écrire</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotator(s) on “{title}” into {folder}.</source>
        <translation>
            <numerusform>%n annotateur importé sur «&#xa0;{title}&#xa0;» dans {folder}.</numerusform>
            <numerusform>%n annotateurs importés sur «&#xa0;{title}&#xa0;» dans {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export for teachers (with the answer key)</source>
        <translation>Exporter pour les enseignants (avec le corrigé)</translation>
    </message>
    <message>
        <source>Export for students (without the answer key)</source>
        <translation>Exporter pour les élèves (sans le corrigé)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>with its answer key</source>
        <translation>avec son corrigé</translation>
    </message>
    <message>
        <source>without the answer key</source>
        <translation>sans le corrigé</translation>
    </message>
    <message>
        <source>Saved “{title}” {what} as {zip}.</source>
        <translation>«&#xa0;{title}&#xa0;» enregistrée {what} sous {zip}.</translation>
    </message>
</context>
<context>
    <name>LockKeeper</name>
    <message>
        <source>Changes made here after {time} are not saved.</source>
        <translation>Les modifications faites ici après {time} ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Changes made here are not saved.</source>
        <translation>Les modifications faites ici ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>this work is now open in {holder}, which saves it. {since} To keep them, hand them in (File ▸ Hand in…).</source>
        <translation>ce travail est maintenant ouvert dans {holder}, qui l&apos;enregistre. {since} Pour les garder, rends-les (Fichier ▸ Rendre…).</translation>
    </message>
    <message>
        <source>Read only — {why}</source>
        <translation>Lecture seule — {why}</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Avis de lecture seule</translation>
    </message>
    <message>
        <source>Not saving: open in another window</source>
        <translation>Pas d&apos;enregistrement&#xa0;: ouvert dans une autre fenêtre</translation>
    </message>
    <message>
        <source>Read only: this work is now open in {holder}.</source>
        <translation>Lecture seule&#xa0;: ce travail est maintenant ouvert dans {holder}.</translation>
    </message>
</context>
<context>
    <name>LockWords</name>
    <message>
        <source>another Annotator window (on {host}, opened at {time})</source>
        <translation>une autre fenêtre d&apos;Annotator (sur {host}, ouverte à {time})</translation>
    </message>
    <message>
        <source>another computer or window</source>
        <translation>un autre ordinateur ou une autre fenêtre</translation>
    </message>
</context>
<context>
    <name>Looks</name>
    <message>
        <source>solid underline</source>
        <translation>soulignement continu</translation>
    </message>
    <message>
        <source>dashed underline</source>
        <translation>soulignement en tirets</translation>
    </message>
    <message>
        <source>dotted underline</source>
        <translation>soulignement en pointillés</translation>
    </message>
    <message>
        <source>dash-dot underline</source>
        <translation>soulignement tiret-point</translation>
    </message>
    <message>
        <source>dash-dot-dot underline</source>
        <translation>soulignement tiret-point-point</translation>
    </message>
    <message>
        <source>wavy underline</source>
        <translation>soulignement ondulé</translation>
    </message>
    <message>
        <source>lines above and below</source>
        <translation>lignes au-dessus et en dessous</translation>
    </message>
    <message>
        <source>wavy underline and a line above</source>
        <translation>soulignement ondulé et une ligne au-dessus</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>bleu ciel</translation>
    </message>
    <message>
        <source>bluish green</source>
        <translation>vert bleuté</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>jaune</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>bleu</translation>
    </message>
    <message>
        <source>vermilion</source>
        <translation>vermillon</translation>
    </message>
    <message>
        <source>reddish purple</source>
        <translation>pourpre rougeâtre</translation>
    </message>
    <message>
        <source>black</source>
        <translation>noir</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>These types or tags are no category of the lesson. Choose the category each becomes; highlights of a type left out are not imported.</source>
        <translation>Ces types ou étiquettes ne sont pas des catégories de la leçon. Choisis la catégorie de chacun&#xa0;; les surlignages d’un type laissé de côté ne sont pas importés.</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(laisser de côté)</translation>
    </message>
    <message>
        <source>Category for {kind}</source>
        <translation>Catégorie pour {kind}</translation>
    </message>
    <message>
        <source>(no type or tag)</source>
        <translation>(sans type ni étiquette)</translation>
    </message>
    <message numerus="yes">
        <source>“{kind}” (%n highlight(s))</source>
        <translation>
            <numerusform>«&#xa0;{kind}&#xa0;» (%n surlignage)</numerusform>
            <numerusform>«&#xa0;{kind}&#xa0;» (%n surlignages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <source>✖ Missed ({category}): {rationale}</source>
        <translation>✖ Manqué ({category})&#xa0;: {rationale}</translation>
    </message>
    <message numerus="yes">
        <source>{k} of %n students highlighted this</source>
        <translation>
            <numerusform>{k} élève sur %n a surligné ceci</numerusform>
            <numerusform>{k} élèves sur %n ont surligné ceci</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Moodle</name>
    <message>
        <source>its headings mix languages ({headings}); Moodle writes a grading worksheet&apos;s headings all in the teacher&apos;s language and reads them back only in that one: download the worksheet again</source>
        <translation>ses en-têtes mélangent plusieurs langues ({headings})&#xa0;; Moodle écrit tous les en-têtes d&apos;une feuille d&apos;évaluation dans la langue de l&apos;enseignant et ne les relit que dans celle-là&#xa0;: télécharge de nouveau la feuille</translation>
    </message>
    <message>
        <source>not a Moodle grading worksheet: it has no {missing} column (its columns: {columns}); Annotator reads the worksheet Moodle downloads in English, Spanish or French</source>
        <translation>n&apos;est pas une feuille d&apos;évaluation de Moodle&#xa0;: elle n&apos;a pas de colonne {missing} (ses colonnes&#xa0;: {columns})&#xa0;; Annotator lit la feuille que Moodle télécharge en anglais, en espagnol ou en français</translation>
    </message>
    <message>
        <source>English headings: {headings}</source>
        <translation>en-têtes en anglais&#xa0;: {headings}</translation>
    </message>
    <message>
        <source>Spanish headings: {headings}</source>
        <translation>en-têtes en espagnol&#xa0;: {headings}</translation>
    </message>
    <message>
        <source>French headings: {headings}</source>
        <translation>en-têtes en français&#xa0;: {headings}</translation>
    </message>
</context>
<context>
    <name>NewLessonDialog</name>
    <message>
        <source>New lesson</source>
        <translation>Nouvelle leçon</translation>
    </message>
    <message>
        <source>Make a lesson from a news article. It starts with the standard categories and four sample prompts; change them afterwards with Edit this lesson…</source>
        <translation>Crée une leçon à partir d&apos;un article de presse. Elle commence avec les catégories standard et quatre consignes d&apos;exemple&#xa0;; modifie-les ensuite avec Modifier cette leçon…</translation>
    </message>
    <message>
        <source>From an article &amp;file (.txt, .md, or a web page saved as .html)</source>
        <translation>À partir d&apos;un &amp;fichier d&apos;article (.txt, .md ou une page web enregistrée en .html)</translation>
    </message>
    <message>
        <source>Make the lesson from an article file</source>
        <translation>Créer la leçon à partir d&apos;un fichier d&apos;article</translation>
    </message>
    <message>
        <source>From text I &amp;paste here</source>
        <translation>À partir d&apos;un texte que je co&amp;lle ici</translation>
    </message>
    <message>
        <source>Make the lesson from pasted text</source>
        <translation>Créer la leçon à partir d&apos;un texte collé</translation>
    </message>
    <message>
        <source>&amp;Choose an article file…</source>
        <translation>C&amp;hoisir un fichier d&apos;article…</translation>
    </message>
    <message>
        <source>Choose an article file</source>
        <translation>Choisir un fichier d&apos;article</translation>
    </message>
    <message>
        <source>A .txt or .md file, or a news page saved from a web browser.</source>
        <translation>Un fichier .txt ou .md, ou un article enregistré depuis un navigateur web.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Article text to paste</source>
        <translation>Texte de l&apos;article à coller</translation>
    </message>
    <message>
        <source>Paste the article here. Leave a blank line between paragraphs; a short first line without a full stop becomes the headline.</source>
        <translation>Colle l&apos;article ici. Laisse une ligne vide entre les paragraphes&#xa0;; une première ligne courte sans point final devient le titre.</translation>
    </message>
    <message>
        <source>Lesson title (optional)</source>
        <translation>Titre de la leçon (facultatif)</translation>
    </message>
    <message>
        <source>Optional: leave empty to use the article&apos;s headline</source>
        <translation>Facultatif&#xa0;: laisse vide pour utiliser le titre de l&apos;article</translation>
    </message>
    <message>
        <source>The name of the lesson in the library and on students&apos; screens.</source>
        <translation>Le nom de la leçon dans la bibliothèque et sur les écrans des élèves.</translation>
    </message>
    <message>
        <source>Lesson &amp;title:</source>
        <translation>&amp;Titre de la leçon&#xa0;:</translation>
    </message>
    <message>
        <source>Why the lesson could not be made</source>
        <translation>Pourquoi la leçon n&apos;a pas pu être créée</translation>
    </message>
    <message>
        <source>&amp;Make lesson</source>
        <translation>&amp;Créer la leçon</translation>
    </message>
    <message>
        <source>Choose an article</source>
        <translation>Choisir un article</translation>
    </message>
    <message>
        <source>The file cannot be read: {why}</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: {why}</translation>
    </message>
    <message>
        <source>“{name}” cannot be made into a lesson: {why}.</source>
        <translation>Impossible de faire une leçon avec «&#xa0;{name}&#xa0;»&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>The pasted text cannot be made into a lesson: {why}.</source>
        <translation>Impossible de faire une leçon avec le texte collé&#xa0;: {why}.</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Category of this highlight</source>
        <translation>Catégorie de ce surlignage</translation>
    </message>
    <message>
        <source>Yes, this is the right place</source>
        <translation>Oui, c&apos;est le bon endroit</translation>
    </message>
    <message>
        <source>Confirm where this highlight was placed</source>
        <translation>Confirmer l&apos;endroit de ce surlignage</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this highlight</source>
        <translation>Supprimer ce surlignage</translation>
    </message>
    <message>
        <source>Note: why did you mark this passage?</source>
        <translation>Note&#xa0;: pourquoi as-tu marqué ce passage&#xa0;?</translation>
    </message>
    <message>
        <source>Why did you mark this? (Esc goes back to the article)</source>
        <translation>Pourquoi as-tu marqué ceci&#xa0;? (Échap revient à l&apos;article)</translation>
    </message>
    <message>
        <source>Your teacher&apos;s comment on this highlight</source>
        <translation>Le commentaire de ton enseignant sur ce surlignage</translation>
    </message>
    <message>
        <source>Teacher: {comment}</source>
        <translation>Enseignant&#xa0;: {comment}</translation>
    </message>
    <message>
        <source>Select a passage in the article, then press a category&apos;s key (1–8) or click a category. Then write why.</source>
        <translation>Sélectionne un passage de l&apos;article, puis appuie sur la touche d&apos;une catégorie (1–8) ou clique sur une catégorie. Ensuite, écris pourquoi.</translation>
    </message>
    <message>
        <source>The article changed here. Check the highlighted place and confirm it.</source>
        <translation>L&apos;article a changé ici. Vérifie l&apos;endroit surligné et confirme-le.</translation>
    </message>
    <message>
        <source>These words are no longer in the article. Your note is kept.</source>
        <translation>Ces mots ne sont plus dans l&apos;article. Ta note est conservée.</translation>
    </message>
    <message>
        <source>{category} highlight: {quote}</source>
        <translation>Surlignage {category}&#xa0;: {quote}</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Annotator needs your name so your teacher knows whose work this is.</source>
        <translation>Annotator a besoin de ton nom pour que ton professeur sache à qui est ce travail.</translation>
    </message>
    <message>
        <source>Your name is needed</source>
        <translation>Ton nom est nécessaire</translation>
    </message>
    <message>
        <source>Type your name to start, or quit Annotator.</source>
        <translation>Tape ton nom pour commencer, ou quitte Annotator.</translation>
    </message>
    <message>
        <source>Type my name</source>
        <translation>Taper mon nom</translation>
    </message>
    <message>
        <source>Quit Annotator</source>
        <translation>Quitter Annotator</translation>
    </message>
    <message>
        <source>Your teacher&apos;s feedback file could not be read: {problem}</source>
        <translation>Le fichier de commentaires de ton enseignant n&apos;a pas pu être lu&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Annotator could not remember your name on this computer.</source>
        <translation>Annotator n&apos;a pas pu retenir ton nom sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your saved work could not be read ({why}). It will be kept for your teacher; you start with a fresh copy.</source>
        <translation>Ton travail enregistré n&apos;a pas pu être lu ({why}). Il sera gardé pour ton enseignant&#xa0;; tu repars d&apos;une copie neuve.</translation>
    </message>
    <message>
        <source>Your saved work could not be read ({why}). It was kept as {name} for your teacher; you start with a fresh copy.</source>
        <translation>Ton travail enregistré n&apos;a pas pu être lu ({why}). Il a été gardé sous le nom {name} pour ton enseignant&#xa0;; tu repars d&apos;une copie neuve.</translation>
    </message>
    <message>
        <source>this is the copy your teacher returned, with their comments; it stays as it was graded. Your own work goes on when you start Annotator as usual.</source>
        <translation>c&apos;est la copie que ton enseignant t&apos;a rendue, avec ses commentaires&#xa0;; elle reste telle qu&apos;elle a été notée. Ton propre travail continue quand tu ouvres Annotator comme d&apos;habitude.</translation>
    </message>
    <message>
        <source>Annotator cannot save your work on this computer ({why}). You can read and work; your work stays open here and is saved as soon as it can be. Ask your teacher or the school&apos;s IT staff, or hand your work in to another folder (File ▸ Hand in…).</source>
        <translation>Annotator ne peut pas enregistrer ton travail sur cet ordinateur ({why}). Tu peux lire et travailler&#xa0;; ton travail reste ouvert ici et sera enregistré dès que possible. Demande à ton enseignant ou au service informatique de l&apos;établissement, ou rends ton travail dans un autre dossier (Fichier ▸ Rendre…).</translation>
    </message>
    <message>
        <source>this work is open in {holder}. Changes here would not be saved.</source>
        <translation>ce travail est ouvert dans {holder}. Les modifications faites ici ne seraient pas enregistrées.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) could not be found in this article; they are listed in My highlights.</source>
        <translation>
            <numerusform>%n surlignage est introuvable dans cet article&#xa0;; il figure dans Mes surlignages.</numerusform>
            <numerusform>%n surlignages sont introuvables dans cet article&#xa0;; ils figurent dans Mes surlignages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptsPage</name>
    <message>
        <source>Prompts</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>The questions students answer, in the order they see them.</source>
        <translation>Les consignes auxquelles répondent les élèves, dans l&apos;ordre où ils les voient.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Ajouter une consigne</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove this prompt</source>
        <translation>Retirer cette consigne</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move this prompt up</source>
        <translation>Monter cette consigne</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move this prompt down</source>
        <translation>Descendre cette consigne</translation>
    </message>
    <message>
        <source>Selected prompt</source>
        <translation>Consigne choisie</translation>
    </message>
    <message>
        <source>Prompt question</source>
        <translation>Question de la consigne</translation>
    </message>
    <message>
        <source>The question or task students see</source>
        <translation>La question ou la tâche que voient les élèves</translation>
    </message>
    <message>
        <source>Categories this prompt is about</source>
        <translation>Catégories de cette consigne</translation>
    </message>
    <message>
        <source>Tick the categories whose highlights answer this prompt (Space ticks).</source>
        <translation>Coche les catégories dont les surlignages répondent à cette consigne (Espace coche).</translation>
    </message>
    <message>
        <source>Highlights expected</source>
        <translation>Surlignages attendus</translation>
    </message>
    <message>
        <source>How many highlights a complete answer has; 0 for none.</source>
        <translation>Combien de surlignages a une réponse complète&#xa0;; 0 pour aucun.</translation>
    </message>
    <message>
        <source>A &amp;note on each highlight</source>
        <translation>Une &amp;note sur chaque surlignage</translation>
    </message>
    <message>
        <source>Expect a note on each highlight</source>
        <translation>Attendre une note sur chaque surlignage</translation>
    </message>
    <message>
        <source>A written answ&amp;er</source>
        <translation>Une réponse &amp;écrite</translation>
    </message>
    <message>
        <source>Expect a written answer</source>
        <translation>Attendre une réponse écrite</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>The most points the automatic score gives this prompt.</source>
        <translation>Le maximum de points que la note automatique donne à cette consigne.</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <source>Abou&amp;t the
categories:</source>
        <translation>Sur les
caté&amp;gories&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Highlights expected:</source>
        <translation>Surlignages a&amp;ttendus&#xa0;:</translation>
    </message>
    <message>
        <source>Expects:</source>
        <translation>Attend&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>&amp;Points&#xa0;:</translation>
    </message>
    <message>
        <source>(new prompt: type its question)</source>
        <translation>(nouvelle consigne&#xa0;: tape sa question)</translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <source>Feedback from your teacher</source>
        <translation>Commentaires de ton enseignant</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>Total&#xa0;: {total}</translation>
    </message>
    <message>
        <source>In this lesson you will:</source>
        <translation>Dans cette leçon, tu vas&#xa0;:</translation>
    </message>
    <message>
        <source>Progress on prompt {n}</source>
        <translation>Progression sur la consigne {n}</translation>
    </message>
    <message>
        <source>Teacher: {said}</source>
        <translation>Enseignant&#xa0;: {said}</translation>
    </message>
    <message>
        <source>Your teacher&apos;s comment on prompt {n}</source>
        <translation>Le commentaire de ton enseignant sur la consigne {n}</translation>
    </message>
    <message>
        <source>Your answer to prompt {n}</source>
        <translation>Ta réponse à la consigne {n}</translation>
    </message>
    <message>
        <source>Write your answer here</source>
        <translation>Écris ta réponse ici</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>passages</source>
        <translation>passages</translation>
    </message>
    <message>
        <source>{tick}{done} of {wanted} marked ({what})</source>
        <translation>{tick}{done} sur {wanted} marqués ({what})</translation>
    </message>
    <message>
        <source>{done} marked ({what})</source>
        <translation>{done} marqués ({what})</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Article: {source}</source>
        <translation>Article&#xa0;: {source}</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Fichier&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Last changed: {time}</source>
        <translation>Dernière modification&#xa0;: {time}</translation>
    </message>
    <message>
        <source>%d %B %Y, %H:%M</source>
        <translation>%d/%m/%Y à %H:%M</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>{n} as {category}</source>
        <translation>{n} comme {category}</translation>
    </message>
    <message>
        <source>not found in the article</source>
        <translation>introuvable dans l&apos;article</translation>
    </message>
    <message>
        <source>the article changed here</source>
        <translation>l&apos;article a changé ici</translation>
    </message>
    <message>
        <source>{points} point(s)</source>
        <translation>{points} point(s)</translation>
    </message>
    <message>
        <source>Prompt {n}: {text}</source>
        <translation>Consigne {n}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Élève&#xa0;:</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>(key passages under no prompt)</source>
        <translation>(passages du corrigé sans consigne)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Score: {total} of {max}.</source>
        <translation>Note&#xa0;: {total} sur {max}.</translation>
    </message>
    <message>
        <source>Key passages found: {found} of {items}; missed: {missed}; highlights matching no key passage: {extra}.</source>
        <translation>Passages du corrigé trouvés&#xa0;: {found} sur {items}&#xa0;; manqués&#xa0;: {missed}&#xa0;; surlignages ne correspondant à aucun passage du corrigé&#xa0;: {extra}.</translation>
    </message>
    <message>
        <source>Teacher&apos;s feedback</source>
        <translation>Commentaires de l&apos;enseignant</translation>
    </message>
    <message>
        <source>Prompts and answers</source>
        <translation>Consignes et réponses</translation>
    </message>
    <message>
        <source>Prompt {n}</source>
        <translation>Consigne {n}</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Enseignant&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Highlights (%n)</source>
        <translation>
            <numerusform>Surlignages (%n)</numerusform>
            <numerusform>Surlignages (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>✓ Matches the key:</source>
        <translation>✓ Correspond au corrigé&#xa0;:</translation>
    </message>
    <message>
        <source>✓ Matches the key.</source>
        <translation>✓ Correspond au corrigé.</translation>
    </message>
    <message>
        <source>• Matches no key passage.</source>
        <translation>• Ne correspond à aucun passage du corrigé.</translation>
    </message>
    <message>
        <source>⚠ The key says:</source>
        <translation>⚠ Le corrigé dit&#xa0;:</translation>
    </message>
    <message>
        <source>Key passages</source>
        <translation>Passages du corrigé</translation>
    </message>
    <message>
        <source>✓ found</source>
        <translation>✓ trouvé</translation>
    </message>
    <message>
        <source>✗ missed</source>
        <translation>✗ manqué</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Highlighted, but as {categories}.</source>
        <translation>Surligné, mais comme {categories}.</translation>
    </message>
    <message>
        <source>Work:</source>
        <translation>Travail&#xa0;:</translation>
    </message>
    <message>
        <source>The class and the key</source>
        <translation>La classe et le corrigé</translation>
    </message>
    <message>
        <source>How all {n} students did on each key passage; a passage counts as taken for another category when a student highlighted enough of it only in categories the key does not accept there.</source>
        <translation>Comment les {n} élèves s&apos;en sont sortis sur chaque passage du corrigé&#xa0;; un passage compte comme pris pour une autre catégorie quand un élève en a surligné assez uniquement dans des catégories que le corrigé n&apos;accepte pas à cet endroit.</translation>
    </message>
    <message>
        <source>Key passage</source>
        <translation>Passage du corrigé</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendue</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trouvé par</translation>
    </message>
    <message>
        <source>Taken as</source>
        <translation>Pris pour</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Non surligné</translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation>{n} sur {m}</translation>
    </message>
    <message>
        <source>Which category the class gave the key&apos;s passages</source>
        <translation>Quelle catégorie la classe a donnée aux passages du corrigé</translation>
    </message>
    <message>
        <source>A row per category the key expects; each cell counts passages of that row times students. The diagonal agrees with the key.</source>
        <translation>Une ligne par catégorie attendue par le corrigé&#xa0;; chaque case compte les passages de cette ligne fois les élèves. La diagonale est d&apos;accord avec le corrigé.</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>note: {student} ({file}) has no Canvas user id (the file is not from a Canvas download); Canvas may not find the row: --fill with the gradebook Canvas exports is surer</source>
        <translation>remarque&#xa0;: {student} ({file}) n&apos;a pas d&apos;identifiant Canvas (le fichier ne vient pas d&apos;un téléchargement Canvas)&#xa0;; Canvas risque de ne pas trouver la ligne&#xa0;: --fill avec le carnet exporté par Canvas est plus sûr</translation>
    </message>
    <message>
        <source>{student} ({file}) is left out: no Moodle participant id (the file is not from a Moodle download); --fill the grading worksheet Moodle gives instead</source>
        <translation>{student} ({file}) est laissé de côté&#xa0;: pas d&apos;identifiant de participant Moodle (le fichier ne vient pas d&apos;un téléchargement Moodle)&#xa0;; utilise plutôt --fill avec la feuille d&apos;évaluation de Moodle</translation>
    </message>
    <message>
        <source>note: the Identifier {cell} has no participant number, so Moodle will not import this row</source>
        <translation>note&#xa0;: l&apos;Identifiant {cell} n&apos;a pas de numéro de participant, donc Moodle n&apos;importera pas cette ligne</translation>
    </message>
    <message>
        <source>{student} ({file}) is not in this gradebook: graded in the grades CSV, not filled in here</source>
        <translation>{student} ({file}) n&apos;est pas dans ce carnet de notes&#xa0;: noté dans le CSV des notes, non rempli ici</translation>
    </message>
    <message>
        <source>{student} and {other} both match this row; it is left as it was</source>
        <translation>{student} et {other} correspondent tous deux à cette ligne&#xa0;; elle est laissée telle quelle</translation>
    </message>
    <message>
        <source>the cell for {student} holds a formula ({formula}); it is kept as it was, not filled</source>
        <translation>la cellule de {student} contient une formule ({formula})&#xa0;; elle est gardée telle quelle, non remplie</translation>
    </message>
    <message>
        <source>the report on {student} ({file}) is not in it: {lms} cannot tell whose it is without the student&apos;s id from its download</source>
        <translation>le rapport sur {student} ({file}) n&apos;y est pas&#xa0;: {lms} ne peut pas savoir à qui il est sans l&apos;identifiant de l&apos;élève venant de son téléchargement</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>This lesson could not be opened: {path}</source>
        <translation>Cette leçon n&apos;a pas pu être ouverte&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review: {title} — Annotator</source>
        <translation>Relecture&#xa0;: {title} — Annotator</translation>
    </message>
    <message>
        <source>Feedback saved at {time}</source>
        <translation>Commentaires enregistrés à {time}</translation>
    </message>
    <message>
        <source>Could not save feedback ({why}); Annotator keeps trying.</source>
        <translation>Les commentaires n&apos;ont pas pu être enregistrés ({why})&#xa0;; Annotator continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>Key, feedback and class</source>
        <translation>Corrigé, commentaires et classe</translation>
    </message>
    <message>
        <source>Key, feedback and class tabs</source>
        <translation>Onglets corrigé, commentaires et classe</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import annotations (brat, Hypothesis, W3C)…</source>
        <translation>&amp;Importer des annotations (brat, Hypothesis, W3C)…</translation>
    </message>
    <message>
        <source>Export &amp;grades (CSV)…</source>
        <translation>Exporter les &amp;notes (CSV)…</translation>
    </message>
    <message>
        <source>Export &amp;reports (HTML and PDF)…</source>
        <translation>Exporter les &amp;rapports (HTML et PDF)…</translation>
    </message>
    <message>
        <source>Export &amp;debrief for the class (HTML and PDF)…</source>
        <translation>Exporter la &amp;mise en commun pour la classe (HTML et PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Compare with the &amp;key</source>
        <translation>Comparer avec le &amp;corrigé</translation>
    </message>
    <message>
        <source>Class &amp;heat map</source>
        <translation>Carte de c&amp;haleur de la classe</translation>
    </message>
    <message>
        <source>&amp;Consensus for the class (full screen)</source>
        <translation>Co&amp;nsensus de la classe (plein écran)</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n élève</numerusform>
            <numerusform>%n élèves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with files</source>
        <translation>
            <numerusform>%n problème de fichier</numerusform>
            <numerusform>%n problèmes de fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>this pack has no answer key, so nothing is scored</source>
        <translation>ce paquet n&apos;a pas de corrigé, donc rien n&apos;est noté</translation>
    </message>
    <message>
        <source>Measured when the Class tab is first opened.</source>
        <translation>Mesuré à la première ouverture de l&apos;onglet Classe.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) sent to the answer key as drafts</source>
        <translation>
            <numerusform>%n passage envoyé au corrigé comme brouillon</numerusform>
            <numerusform>%n passages envoyés au corrigé comme brouillons</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer key</source>
        <translation>Pas de corrigé</translation>
    </message>
    <message>
        <source>This lesson pack has no key, so there are no scores.</source>
        <translation>Ce paquet de leçon n&apos;a pas de corrigé, il n&apos;y a donc pas de notes.</translation>
    </message>
    <message>
        <source>Export grades</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Grades written to {file}</source>
        <translation>Notes écrites dans {file}</translation>
    </message>
    <message>
        <source>Export reports: choose a folder</source>
        <translation>Exporter les rapports&#xa0;: choisis un dossier</translation>
    </message>
    <message>
        <source>{n} reports written to {folder}: &apos;teacher&apos; with the key, &apos;students&apos; without it, to hand back</source>
        <translation>{n} rapports écrits dans {folder}&#xa0;: &apos;teacher&apos; avec le corrigé, &apos;students&apos; sans, à rendre aux élèves</translation>
    </message>
    <message>
        <source>Export the debrief: choose a folder</source>
        <translation>Exporter la mise en commun&#xa0;: choisis un dossier</translation>
    </message>
    <message>
        <source> With fewer than three students it is not anonymous.</source>
        <translation> Avec moins de trois élèves, elle n&apos;est pas anonyme.</translation>
    </message>
    <message>
        <source>Debrief written to {files}.</source>
        <translation>Mise en commun écrite dans {files}.</translation>
    </message>
    <message>
        <source>Import annotations: choose the class folder</source>
        <translation>Importer des annotations&#xa0;: choisis le dossier de la classe</translation>
    </message>
    <message>
        <source>Feedback not saved</source>
        <translation>Commentaires non enregistrés</translation>
    </message>
    <message>
        <source>Annotator could not save the feedback files.</source>
        <translation>Annotator n&apos;a pas pu enregistrer les fichiers de commentaires.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>a teacher&apos;s feedback file, not a student&apos;s work; not graded</source>
        <translation>un fichier de commentaires de l&apos;enseignant, pas le travail d&apos;un élève&#xa0;; non noté</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>made for lesson &apos;{made_for}&apos;, not &apos;{lesson}&apos;; not graded</source>
        <translation>fait pour la leçon &apos;{made_for}&apos;, pas &apos;{lesson}&apos;&#xa0;; non noté</translation>
    </message>
    <message>
        <source>note: made for a different text of the article; passages found again ({summary})</source>
        <translation>remarque&#xa0;: fait pour un autre texte de l&apos;article&#xa0;; passages retrouvés ({summary})</translation>
    </message>
    <message>
        <source>no annotations</source>
        <translation>aucune annotation</translation>
    </message>
    <message numerus="yes">
        <source>note: %n annotation(s) not found in the article (orphaned); they count as extra</source>
        <translation>
            <numerusform>remarque&#xa0;: %n annotation introuvable dans l&apos;article (orpheline)&#xa0;; elle compte en plus</numerusform>
            <numerusform>remarque&#xa0;: %n annotations introuvables dans l&apos;article (orphelines)&#xa0;; elles comptent en plus</numerusform>
        </translation>
    </message>
    <message>
        <source> (feedback not applied)</source>
        <translation> (commentaires non appliqués)</translation>
    </message>
    <message>
        <source>feedback is for lesson &apos;{lesson}&apos;; not applied</source>
        <translation>les commentaires concernent la leçon &apos;{lesson}&apos;&#xa0;; non appliqués</translation>
    </message>
    <message>
        <source>feedback is about {student}, but {file} is by {author}; not applied</source>
        <translation>les commentaires concernent {student}, mais {file} est de {author}&#xa0;; non appliqués</translation>
    </message>
    <message>
        <source>note: no prompt &apos;{prompt}&apos; in this lesson; its score is ignored</source>
        <translation>remarque&#xa0;: pas de consigne &apos;{prompt}&apos; dans cette leçon&#xa0;; sa note est ignorée</translation>
    </message>
    <message>
        <source>not a YAML file ({suffix}); only handed-in .yaml files are graded</source>
        <translation>pas un fichier YAML ({suffix})&#xa0;; seuls les fichiers .yaml rendus sont notés</translation>
    </message>
    <message>
        <source>is a lesson pack, not a student&apos;s work; not graded</source>
        <translation>est un paquet de leçon, pas le travail d&apos;un élève&#xa0;; non noté</translation>
    </message>
    <message>
        <source>is a link to a folder, which is not followed; give the folder itself to grade the files in it</source>
        <translation>est un lien vers un dossier, qui n&apos;est pas suivi&#xa0;; indique le dossier lui-même pour noter ses fichiers</translation>
    </message>
    <message>
        <source>is a folder, not a file; only handed-in .yaml files are graded</source>
        <translation>est un dossier, pas un fichier&#xa0;; seuls les fichiers .yaml rendus sont notés</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sans extension</translation>
    </message>
    <message>
        <source>note: {note}; graded as it is</source>
        <translation>remarque&#xa0;: {note}&#xa0;; noté tel quel</translation>
    </message>
    <message>
        <source>note: {lms} says {lms_name} (id {lms_id}) handed this in; the file says {typed}; graded as {typed}</source>
        <translation>remarque&#xa0;: {lms} dit que {lms_name} (id {lms_id}) l&apos;a rendu&#xa0;; le fichier dit {typed}&#xa0;; noté comme {typed}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message numerus="yes">
        <source>%n students named {name} with no student number, whose work began at different times: each is graded ({files})</source>
        <translation>
            <numerusform>%n élève nommé {name} sans numéro d&apos;élève, dont le travail a commencé à des moments différents&#xa0;: chacun est noté ({files})</numerusform>
            <numerusform>%n élèves nommés {name} sans numéro d&apos;élève, dont le travail a commencé à des moments différents&#xa0;: chacun est noté ({files})</numerusform>
        </translation>
    </message>
    <message>
        <source>{student} handed in more than once; graded the newer {newer}, not this file</source>
        <translation>{student} a rendu plus d&apos;une fois&#xa0;; c&apos;est le plus récent, {newer}, qui est noté, pas ce fichier</translation>
    </message>
    <message>
        <source>is inside the lesson pack; write grades and reports somewhere else</source>
        <translation>est dans le paquet de leçon&#xa0;; écris les notes et les rapports ailleurs</translation>
    </message>
    <message>
        <source>is one of the class&apos;s files; choose a new file name</source>
        <translation>est un des fichiers de la classe&#xa0;; choisis un nouveau nom de fichier</translation>
    </message>
    <message>
        <source>is inside the class folder and is not a {suffix} file; choose a name ending in {suffix}</source>
        <translation>est dans le dossier de la classe et n&apos;est pas un fichier {suffix}&#xa0;; choisis un nom finissant par {suffix}</translation>
    </message>
    <message>
        <source>is the class folder itself (or holds it); choose a separate folder for reports</source>
        <translation>est le dossier de la classe lui-même (ou le contient)&#xa0;; choisis un dossier à part pour les rapports</translation>
    </message>
    <message>
        <source>is a link to nothing (or to itself, a loop); choose another name</source>
        <translation>est un lien qui ne mène nulle part (ou à lui-même, une boucle)&#xa0;; choisis un autre nom</translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>is a folder; give a file name ending in {suffix}</source>
        <translation>est un dossier&#xa0;; indique un nom de fichier finissant par {suffix}</translation>
    </message>
    <message>
        <source>already holds an Annotator file; choose a new file name ending in {suffix}</source>
        <translation>contient déjà un fichier d&apos;Annotator&#xa0;; choisis un nouveau nom de fichier finissant par {suffix}</translation>
    </message>
</context>
<context>
    <name>Schemas</name>
    <message>
        <source>true/false</source>
        <translation>vrai/faux</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a mapping of fields</source>
        <translation>un ensemble de champs</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>{value} does not match {pattern}</source>
        <translation>{value} ne suit pas le motif {pattern}</translation>
    </message>
    <message>
        <source>there may be more problems: a file this large is only checked up to its first one; fix it and check again</source>
        <translation>il peut y avoir d&apos;autres problèmes&#xa0;: un fichier aussi grand n&apos;est vérifié que jusqu&apos;au premier&#xa0;; corrige-le et vérifie à nouveau</translation>
    </message>
    <message>
        <source>does not match its schema: {first}</source>
        <translation>ne suit pas son schéma&#xa0;: {first}</translation>
    </message>
    <message>
        <source>missing required field &apos;{field}&apos;</source>
        <translation>il manque le champ obligatoire &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (did you mean &apos;{hint}&apos;?)</source>
        <translation>champ inconnu &apos;{field}&apos; (voulais-tu dire &apos;{hint}&apos;&#xa0;?)</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (allowed: {allowed})</source>
        <translation>champ inconnu &apos;{field}&apos; (champs permis&#xa0;: {allowed})</translation>
    </message>
    <message>
        <source>must be &apos;{wanted}&apos; (found {found})</source>
        <translation>doit être &apos;{wanted}&apos; (trouvé&#xa0;: {found})</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} n&apos;est pas l&apos;une de ces valeurs&#xa0;: {choices}</translation>
    </message>
    <message>
        <source>{value} has the wrong form</source>
        <translation>{value} n&apos;a pas la bonne forme</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>{value} must be lower-case letters, digits and dashes (like &apos;unnamed-source&apos;)</source>
        <translation>{value} ne doit contenir que des minuscules, des chiffres et des tirets (comme &apos;unnamed-source&apos;)</translation>
    </message>
    <message>
        <source>{value} must be a colour like &apos;#0072B2&apos;</source>
        <translation>{value} doit être une couleur comme &apos;#0072B2&apos;</translation>
    </message>
    <message>
        <source>{value} must be a single letter or digit</source>
        <translation>{value} doit être une seule lettre ou un seul chiffre</translation>
    </message>
    <message>
        <source>{value} must be a SHA-256 digest (64 hex digits)</source>
        <translation>{value} doit être une empreinte SHA-256 (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>{value} must be 1-32 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>{value} doit compter de 1 à 32 lettres, chiffres, &apos;-&apos; ou &apos;_&apos;</translation>
    </message>
    <message>
        <source>is empty; expected {wanted}</source>
        <translation>est vide&#xa0;; attendu&#xa0;: {wanted}</translation>
    </message>
    <message>
        <source>expected text, but YAML reads {raw} as {read_as} ({value}); put it in quotes: &apos;{raw}&apos;</source>
        <translation>du texte était attendu, mais YAML lit {raw} comme {read_as} ({value})&#xa0;; mets-le entre guillemets&#xa0;: &apos;{raw}&apos;</translation>
    </message>
    <message>
        <source>expected {wanted}, found {found}</source>
        <translation>attendu&#xa0;: {wanted}, trouvé&#xa0;: {found}</translation>
    </message>
    <message>
        <source>expected an Annotator {kind} file: a mapping of fields starting with &apos;schema:&apos;</source>
        <translation>un fichier {kind} d&apos;Annotator était attendu&#xa0;: un ensemble de champs commençant par &apos;schema:&apos;</translation>
    </message>
    <message>
        <source>this is a &apos;{found}&apos; file, not a {kind} file</source>
        <translation>c&apos;est un fichier &apos;{found}&apos;, pas un fichier {kind}</translation>
    </message>
    <message>
        <source>{value} is not a number Annotator can use: at most {largest}, and never .inf or .nan</source>
        <translation>{value} n&apos;est pas un nombre utilisable par Annotator&#xa0;: au plus {largest}, et jamais .inf ni .nan</translation>
    </message>
</context>
<context>
    <name>School</name>
    <message>
        <source>The school&apos;s settings file is ignored because it could not be used: {problem}</source>
        <translation>Le fichier de réglages de l&apos;établissement est ignoré car il n&apos;a pas pu être utilisé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The folder {folder} named in the school&apos;s settings file {path} does not exist; it is left out.</source>
        <translation>Le dossier {folder} indiqué dans le fichier de réglages de l&apos;établissement {path} n&apos;existe pas&#xa0;; il est ignoré.</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>screenshot written to {file}</source>
        <translation>capture d&apos;écran enregistrée dans {file}</translation>
    </message>
    <message>
        <source>could not write {file}</source>
        <translation>impossible d&apos;écrire {file}</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Annotations made in another program become one Annotator file per annotator, placed on this lesson&apos;s article.</source>
        <translation>Les annotations faites dans un autre programme deviennent un fichier Annotator par annotateur, placées sur l’article de cette leçon.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Choisir des f&amp;ichiers…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Rien n’est encore choisi.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mporter</translation>
    </message>
    <message>
        <source>brat (.ann and .txt files)</source>
        <translation>brat (fichiers .ann et .txt)</translation>
    </message>
    <message>
        <source>Hypothesis (JSON of its API)</source>
        <translation>Hypothesis (JSON de son API)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>Choose the files to import</source>
        <translation>Choisis les fichiers à importer</translation>
    </message>
    <message>
        <source>Choose the folder to import</source>
        <translation>Choisis le dossier à importer</translation>
    </message>
    <message>
        <source>To import: {files}</source>
        <translation>À importer&#xa0;: {files}</translation>
    </message>
</context>
<context>
    <name>StudentView</name>
    <message>
        <source>Compare with the key</source>
        <translation>Comparer avec le corrigé</translation>
    </message>
    <message>
        <source>Class heat map</source>
        <translation>Carte de chaleur de la classe</translation>
    </message>
    <message>
        <source>Show the class heat map</source>
        <translation>Afficher la carte de chaleur de la classe</translation>
    </message>
    <message>
        <source>Heat map category</source>
        <translation>Catégorie de la carte de chaleur</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>The article with the chosen student&apos;s highlights</source>
        <translation>L&apos;article avec les surlignages de l&apos;élève choisi</translation>
    </message>
    <message numerus="yes">
        <source>Class heat map: darker = more of the %n student(s) marked it</source>
        <translation>
            <numerusform>Carte de chaleur de la classe&#xa0;: plus foncé = plus d&apos;élèves parmi les %n l&apos;ont marqué</numerusform>
            <numerusform>Carte de chaleur de la classe&#xa0;: plus foncé = plus d&apos;élèves parmi les %n l&apos;ont marqué</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StudentWindow</name>
    <message>
        <source>{title} — {name} — Annotator</source>
        <translation>{title} — {name} — Annotator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Read only: {why}</source>
        <translation>Lecture seule&#xa0;: {why}</translation>
    </message>
    <message>
        <source>Your work is saved automatically to {file}</source>
        <translation>Ton travail est enregistré automatiquement dans {file}</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Titre de la leçon</translation>
    </message>
    <message>
        <source>Working as {name}</source>
        <translation>Travail de {name}</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>Qui travaille</translation>
    </message>
    <message>
        <source>Read only — {why}</source>
        <translation>Lecture seule — {why}</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Avis de lecture seule</translation>
    </message>
    <message>
        <source>Prompts and highlights</source>
        <translation>Consignes et surlignages</translation>
    </message>
    <message>
        <source>Prompts and highlights tabs</source>
        <translation>Onglets consignes et surlignages</translation>
    </message>
    <message>
        <source>The lesson&apos;s prompts (the arrow keys scroll them)</source>
        <translation>Les consignes de la leçon (les flèches les font défiler)</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>My highlights</source>
        <translation>Mes surlignages</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Grouper par&#xa0;:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Group highlights by</source>
        <translation>Grouper les surlignages par</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>&amp;Rendre…</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Enregistrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation>&amp;Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Select whole &amp;sentence</source>
        <translation>Sélectionner la &amp;phrase entière</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Rechercher le sui&amp;vant</translation>
    </message>
    <message>
        <source>Back to the &amp;article</source>
        <translation>Retour à l&apos;ar&amp;ticle</translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation>&amp;Agrandir le texte</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Réduire le texte</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>Show &amp;prompts</source>
        <translation>Afficher les consi&amp;gnes</translation>
    </message>
    <message>
        <source>Show &amp;my highlights</source>
        <translation>Afficher &amp;mes surlignages</translation>
    </message>
    <message>
        <source>Mark as {label}</source>
        <translation>Marquer comme {label}</translation>
    </message>
</context>
<context>
    <name>TeacherTools</name>
    <message>
        <source>&amp;Open a saved or returned file…</source>
        <translation>&amp;Ouvrir un fichier enregistré ou rendu…</translation>
    </message>
    <message>
        <source>&amp;Switch student…</source>
        <translation>&amp;Changer d&apos;élève…</translation>
    </message>
    <message>
        <source> — not you? File ▸ Switch student</source>
        <translation> — ce n&apos;est pas toi&#xa0;? Fichier ▸ Changer d&apos;élève</translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation>&amp;Enseignant</translation>
    </message>
    <message>
        <source>&amp;Lesson library…</source>
        <translation>&amp;Bibliothèque de leçons…</translation>
    </message>
    <message>
        <source>&amp;New lesson…</source>
        <translation>&amp;Nouvelle leçon…</translation>
    </message>
    <message>
        <source>&amp;Edit this lesson…</source>
        <translation>&amp;Modifier cette leçon…</translation>
    </message>
    <message>
        <source>&amp;Answer key for this lesson…</source>
        <translation>&amp;Corrigé de cette leçon…</translation>
    </message>
    <message>
        <source>This lesson could not be opened: {p}</source>
        <translation>Cette leçon n&apos;a pas pu être ouverte&#xa0;: {p}</translation>
    </message>
    <message>
        <source>Open a saved or returned file</source>
        <translation>Ouvrir un fichier enregistré ou rendu</translation>
    </message>
    <message>
        <source>Annotator work (*.yaml *.yml)</source>
        <translation>Travail Annotator (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Déjà ouvert</translation>
    </message>
    <message>
        <source>This is the work you have open.</source>
        <translation>C&apos;est le travail que tu as ouvert.</translation>
    </message>
    <message>
        <source>Import the lesson first (Teacher ▸ Lesson library).</source>
        <translation>Importe d&apos;abord la leçon (Enseignant ▸ Bibliothèque de leçons).</translation>
    </message>
    <message>
        <source>Ask your teacher for the lesson.</source>
        <translation>Demande la leçon à ton enseignant.</translation>
    </message>
    <message>
        <source>Lesson not found</source>
        <translation>Leçon introuvable</translation>
    </message>
    <message>
        <source>This file is for the lesson &apos;{id}&apos;, which is not in your lesson library. {where}</source>
        <translation>Ce fichier est pour la leçon &apos;{id}&apos;, qui n&apos;est pas dans ta bibliothèque de leçons. {where}</translation>
    </message>
    <message>
        <source>This file could not be opened: {p}</source>
        <translation>Ce fichier n&apos;a pas pu être ouvert&#xa0;: {p}</translation>
    </message>
    <message>
        <source>Copied to your library</source>
        <translation>Copiée dans ta bibliothèque</translation>
    </message>
    <message>
        <source>This lesson is shared, so Annotator made your own copy to change:
{p}</source>
        <translation>Cette leçon est partagée&#xa0;: Annotator en a fait ta propre copie à modifier&#xa0;:
{p}</translation>
    </message>
    <message>
        <source>Lesson not made</source>
        <translation>Leçon non créée</translation>
    </message>
    <message>
        <source>Lesson not saved</source>
        <translation>Leçon non enregistrée</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>the key is open in {holder}</source>
        <translation>le corrigé est ouvert dans {holder}</translation>
    </message>
    <message>
        <source>The passages were not added: {why}.</source>
        <translation>Les passages n&apos;ont pas été ajoutés&#xa0;: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft passage(s) from the class added ({m} already in the key); each rationale starts with &apos;Draft from the class&apos;.</source>
        <translation>
            <numerusform>%n brouillon de passage de la classe ajouté ({m} déjà dans le corrigé)&#xa0;; sa justification commence par «&#xa0;Brouillon de la classe&#xa0;».</numerusform>
            <numerusform>%n brouillons de passage de la classe ajoutés ({m} déjà dans le corrigé)&#xa0;; chaque justification commence par «&#xa0;Brouillon de la classe&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>W3CFiles</name>
    <message>
        <source>not W3C Web Annotation JSON: expected an AnnotationCollection with its first page, an AnnotationPage or an Annotation</source>
        <translation>ce n&apos;est pas du JSON W3C Web Annotation&#xa0;: une AnnotationCollection avec sa première page, une AnnotationPage ou une Annotation était attendue</translation>
    </message>
    <message>
        <source>item {n} is not an Annotation</source>
        <translation>l&apos;élément {n} n&apos;est pas une Annotation</translation>
    </message>
    <message>
        <source>only {selectors}</source>
        <translation>seulement {selectors}</translation>
    </message>
    <message>
        <source>no selector</source>
        <translation>aucun sélecteur</translation>
    </message>
    <message>
        <source>annotation {n}: {found}; Annotator finds a passage by its TextQuoteSelector, so it is not imported</source>
        <translation>annotation {n}&#xa0;: {found}&#xa0;; Annotator retrouve un passage par son TextQuoteSelector, elle n&apos;est donc pas importée</translation>
    </message>
</context>
<context>
    <name>Wayfinding</name>
    <message>
        <source>Next highlight</source>
        <translation>Surlignage suivant</translation>
    </message>
    <message>
        <source>Previous highlight</source>
        <translation>Surlignage précédent</translation>
    </message>
    <message>
        <source>Next heading</source>
        <translation>Titre suivant</translation>
    </message>
    <message>
        <source>Previous heading</source>
        <translation>Titre précédent</translation>
    </message>
    <message>
        <source>To write a note, put the caret in a highlight (F8 goes to the next one), then press Enter.</source>
        <translation>Pour écrire une note, place le curseur dans un surlignage (F8 mène au suivant), puis appuie sur Entrée.</translation>
    </message>
    <message>
        <source>Nothing is highlighted yet. Select some words, then press a category&apos;s key.</source>
        <translation>Rien n&apos;est encore surligné. Sélectionne des mots, puis appuie sur la touche d&apos;une catégorie.</translation>
    </message>
    <message>
        <source>Highlight {n} of {count}, {category}: {quote}. Note: {note}</source>
        <translation>Surlignage {n} sur {count}, {category}&#xa0;: {quote}. Note&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Highlight {n} of {count}, {category}: {quote}. No note yet.</source>
        <translation>Surlignage {n} sur {count}, {category}&#xa0;: {quote}. Pas encore de note.</translation>
    </message>
    <message>
        <source>This article has no headings.</source>
        <translation>Cet article n&apos;a pas de titres.</translation>
    </message>
    <message>
        <source>Heading {n} of {count}, level {level}: {text}</source>
        <translation>Titre {n} sur {count}, niveau {level}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Heading level {level}</source>
        <translation>Titre de niveau {level}</translation>
    </message>
</context>
<context>
    <name>WebPages</name>
    <message>
        <source>importing web pages needs the trafilatura package, which is missing</source>
        <translation>importer des pages web demande le paquet trafilatura, qui n&apos;est pas installé</translation>
    </message>
    <message>
        <source>the web page could not be read ({why})</source>
        <translation>la page web n&apos;a pas pu être lue ({why})</translation>
    </message>
    <message>
        <source>no article was found in this web page (save the article&apos;s own page)</source>
        <translation>aucun article n&apos;a été trouvé dans cette page web (enregistre la page de l&apos;article lui-même)</translation>
    </message>
</context>
<context>
    <name>WorkFile</name>
    <message>
        <source>note: {note}</source>
        <translation>remarque&#xa0;: {note}</translation>
    </message>
    <message>
        <source>annotation id &apos;{id}&apos; is used twice</source>
        <translation>l&apos;identifiant d&apos;annotation &apos;{id}&apos; est utilisé deux fois</translation>
    </message>
    <message>
        <source>end {end} is before start {start}</source>
        <translation>la fin {end} est avant le début {start}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s) like these</source>
        <translation>
            <numerusform>et %n autre problème de ce genre</numerusform>
            <numerusform>et %n autres problèmes de ce genre</numerusform>
        </translation>
    </message>
    <message>
        <source>may be cut short or edited by hand: its first line says Annotator wrote it, but it does not end with the &apos;annotator-digest&apos; line Annotator ends its files with</source>
        <translation>est peut-être tronqué ou modifié à la main&#xa0;: sa première ligne dit qu&apos;Annotator l&apos;a écrit, mais il ne se termine pas par la ligne &apos;annotator-digest&apos; qui termine les fichiers d&apos;Annotator</translation>
    </message>
    <message>
        <source>may be cut short or edited by hand: its first line says Annotator wrote it, but its &apos;annotator-digest&apos; line does not match the text above it</source>
        <translation>est peut-être tronqué ou modifié à la main&#xa0;: sa première ligne dit qu&apos;Annotator l&apos;a écrit, mais sa ligne &apos;annotator-digest&apos; ne correspond pas au texte au-dessus</translation>
    </message>
    <message>
        <source>no category &apos;{category}&apos; in lesson &apos;{lesson}&apos; (it has: {known})</source>
        <translation>pas de catégorie &apos;{category}&apos; dans la leçon &apos;{lesson}&apos; (elle a&#xa0;: {known})</translation>
    </message>
    <message>
        <source>no prompt &apos;{prompt}&apos; in lesson &apos;{lesson}&apos;</source>
        <translation>pas de consigne &apos;{prompt}&apos; dans la leçon &apos;{lesson}&apos;</translation>
    </message>
    <message>
        <source>end {end} is past the end of the article ({n} characters)</source>
        <translation>la fin {end} dépasse la fin de l&apos;article ({n} caractères)</translation>
    </message>
    <message>
        <source>start {start} is past the end of the article ({n} characters)</source>
        <translation>le début {start} dépasse la fin de l&apos;article ({n} caractères)</translation>
    </message>
</context>
<context>
    <name>YamlFile</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>annotations file</source>
        <translation>fichier d&apos;annotations</translation>
    </message>
    <message>
        <source>lesson file</source>
        <translation>fichier de leçon</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>fichier de corrigé</translation>
    </message>
    <message>
        <source>feedback file</source>
        <translation>fichier de commentaires</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>article file</source>
        <translation>fichier de l&apos;article</translation>
    </message>
    <message>
        <source>gradebook</source>
        <translation>carnet de notes</translation>
    </message>
    <message>
        <source>mapping file</source>
        <translation>fichier de correspondances</translation>
    </message>
    <message>
        <source>brat text</source>
        <translation>texte brat</translation>
    </message>
    <message>
        <source>brat annotation file</source>
        <translation>fichier d&apos;annotations brat</translation>
    </message>
    <message>
        <source>school file</source>
        <translation>fichier de réglages de l&apos;établissement</translation>
    </message>
    <message>
        <source>is not an ordinary file (a device or a pipe?)</source>
        <translation>n&apos;est pas un fichier ordinaire (un périphérique ou un tube&#xa0;?)</translation>
    </message>
    <message>
        <source>{what} not found</source>
        <translation>{what} introuvable</translation>
    </message>
    <message>
        <source>is a link that leads back to itself (a link loop)</source>
        <translation>est un lien qui ramène à lui-même (une boucle de liens)</translation>
    </message>
    <message>
        <source>cannot read {what}: {why}</source>
        <translation>{what} illisible&#xa0;: {why}</translation>
    </message>
    <message>
        <source>{what} is {size} bytes, over the limit of {limit}</source>
        <translation>{what} trop volumineux&#xa0;: {size} octets, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <source>is a link to {target}, which does not exist</source>
        <translation>est un lien vers {target}, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte}); save it as UTF-8</source>
        <translation>n&apos;est pas du texte UTF-8 (octet {byte})&#xa0;; enregistre-le en UTF-8</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>nested more than {levels} levels deep</source>
        <translation>imbriqué sur plus de {levels} niveaux</translation>
    </message>
    <message>
        <source>not valid YAML: {why}</source>
        <translation>YAML non valide&#xa0;: {why}</translation>
    </message>
    <message>
        <source>character {code} is not allowed in a YAML file ({why})</source>
        <translation>le caractère {code} n&apos;est pas autorisé dans un fichier YAML ({why})</translation>
    </message>
    <message>
        <source>file holds no data (only comments?)</source>
        <translation>le fichier ne contient aucune donnée (seulement des commentaires&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>YamlText</name>
    <message>
        <source>YAML merge keys (&lt;&lt;) are not allowed</source>
        <translation>les clés de fusion YAML (&lt;&lt;) ne sont pas autorisées</translation>
    </message>
    <message>
        <source>YAML tag {tag} is not allowed</source>
        <translation>la balise YAML {tag} n&apos;est pas autorisée</translation>
    </message>
    <message>
        <source>field name &apos;a list or mapping&apos; must be plain text</source>
        <translation>un nom de champ doit être du texte simple, pas une liste ni un ensemble de champs</translation>
    </message>
    <message>
        <source>YAML aliases ({alias}) are not allowed; write the value out in full</source>
        <translation>les alias YAML ({alias}) ne sont pas autorisés&#xa0;; écris la valeur en entier</translation>
    </message>
    <message>
        <source>file holds more than one YAML document (a second &apos;---&apos;)</source>
        <translation>le fichier contient plus d&apos;un document YAML (un second &apos;---&apos;)</translation>
    </message>
    <message>
        <source>field name {name} must be plain text</source>
        <translation>le nom de champ {name} doit être du texte simple</translation>
    </message>
    <message>
        <source>field {name} appears twice</source>
        <translation>le champ {name} apparaît deux fois</translation>
    </message>
    <message>
        <source>nested more than {levels} levels deep</source>
        <translation>imbriqué sur plus de {levels} niveaux</translation>
    </message>
</context>
<context>
    <name>ZipReading</name>
    <message>
        <source>the zip names this file {name}, which is no file&apos;s name (empty, or with a control character in it); not read</source>
        <translation>le zip nomme ce fichier {name}, qui n&apos;est pas un nom de fichier (vide, ou avec un caractère de contrôle)&#xa0;; non lu</translation>
    </message>
    <message>
        <source>the zip names this file {name} outside itself (an absolute path or &apos;..&apos;); not read</source>
        <translation>le zip nomme ce fichier {name} hors de lui-même (un chemin absolu ou &apos;..&apos;)&#xa0;; non lu</translation>
    </message>
    <message>
        <source>is not an ordinary file (a device or a pipe?)</source>
        <translation>n&apos;est pas un fichier ordinaire (un périphérique ou un tube&#xa0;?)</translation>
    </message>
    <message>
        <source>not a readable .zip ({why})</source>
        <translation>n&apos;est pas un .zip lisible ({why})</translation>
    </message>
    <message>
        <source>zip has {files} files, over the limit of {limit}</source>
        <translation>le zip contient {files} fichiers, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <source>zip would expand to {size} bytes, over the limit of {limit}</source>
        <translation>le zip ferait {size} octets une fois décompressé, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <source>is a link inside the zip; links are not followed</source>
        <translation>est un lien dans le zip&#xa0;; les liens ne sont pas suivis</translation>
    </message>
    <message>
        <source>is encrypted in the zip; zip it again without a password</source>
        <translation>est chiffré dans le zip&#xa0;; recompresse-le sans mot de passe</translation>
    </message>
    <message>
        <source>compressed suspiciously well (a zip bomb?); not read</source>
        <translation>se compresse étrangement bien (une bombe zip&#xa0;?)&#xa0;; non lu</translation>
    </message>
    <message>
        <source>is {size} bytes unpacked, over the limit of {limit}</source>
        <translation>fait {size} octets décompressé, au-delà de la limite de {limit}</translation>
    </message>
    <message>
        <source>cannot be read from the zip ({why})</source>
        <translation>ne peut pas être lu dans le zip ({why})</translation>
    </message>
    <message>
        <source>expands past the size the zip declares for it; not read</source>
        <translation>dépasse à la décompression la taille que le zip déclare&#xa0;; non lu</translation>
    </message>
</context>
</TS>
