<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Agreement</name>
    <message>
        <source>per-character α</source>
        <translation>α por carácter</translation>
    </message>
    <message>
        <source>answer key</source>
        <translation>clave de respuestas</translation>
    </message>
    <message>
        <source>Students agree on which passages to highlight</source>
        <translation>Los estudiantes coinciden en qué pasajes resaltar</translation>
    </message>
    <message>
        <source>Students mostly agree on which passages to highlight</source>
        <translation>Los estudiantes coinciden en gran parte en qué pasajes resaltar</translation>
    </message>
    <message>
        <source>Students agree only a little on which passages to highlight</source>
        <translation>Los estudiantes coinciden solo un poco en qué pasajes resaltar</translation>
    </message>
    <message>
        <source>Students do not agree on which passages to highlight</source>
        <translation>Los estudiantes no coinciden en qué pasajes resaltar</translation>
    </message>
    <message>
        <source>Students agree on which passages are {label}</source>
        <translation>Los estudiantes coinciden en qué pasajes son {label}</translation>
    </message>
    <message>
        <source>Students mostly agree on which passages are {label}</source>
        <translation>Los estudiantes coinciden en gran parte en qué pasajes son {label}</translation>
    </message>
    <message>
        <source>Students agree only a little on which passages are {label}</source>
        <translation>Los estudiantes coinciden solo un poco en qué pasajes son {label}</translation>
    </message>
    <message>
        <source>Students do not agree on which passages are {label}</source>
        <translation>Los estudiantes no coinciden en qué pasajes son {label}</translation>
    </message>
    <message>
        <source>Nobody highlighted {label}; there is nothing to agree on.</source>
        <translation>Nadie resaltó {label}; no hay nada en qué coincidir.</translation>
    </message>
    <message>
        <source>Too few students or highlights to say how far students agree on which passages to highlight.</source>
        <translation>Hay muy pocos estudiantes o resaltados para decir cuánto coinciden los estudiantes en qué pasajes resaltar.</translation>
    </message>
    <message>
        <source>Too few students or highlights to say how far students agree on which passages are {label}.</source>
        <translation>Hay muy pocos estudiantes o resaltados para decir cuánto coinciden los estudiantes en qué pasajes son {label}.</translation>
    </message>
    <message>
        <source>, less on where they begin and end</source>
        <translation>, menos en dónde empiezan y terminan</translation>
    </message>
    <message>
        <source>, and more on where the passages they share begin and end</source>
        <translation>, y más en dónde empiezan y terminan los pasajes que comparten</translation>
    </message>
    <message>
        <source>; where they highlight the same words, they often pick different categories</source>
        <translation>; cuando resaltan las mismas palabras, a menudo eligen categorías distintas</translation>
    </message>
    <message>
        <source>; students who highlighted the same words often called them something other than {label}</source>
        <translation>; los estudiantes que resaltaron las mismas palabras a menudo las llamaron de otra forma que {label}</translation>
    </message>
    <message numerus="yes">
        <source>only %n student(s): agreement between fewer than three students means little, and no interval is given</source>
        <translation>
            <numerusform>solo %n estudiante: el acuerdo entre menos de tres estudiantes significa poco, y no se da intervalo</numerusform>
            <numerusform>solo %n estudiantes: el acuerdo entre menos de tres estudiantes significa poco, y no se da intervalo</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} highlighted nothing; they count as saying &apos;not this&apos; everywhere</source>
        <translation>{name} no resaltó nada; cuenta como si dijera «esto no» en todas partes</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) not found in the article are left out of agreement</source>
        <translation>
            <numerusform>%n resaltado que no se encuentra en el artículo queda fuera del acuerdo</numerusform>
            <numerusform>%n resaltados que no se encuentran en el artículo quedan fuera del acuerdo</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody highlighted {label}</source>
        <translation>nadie resaltó {label}</translation>
    </message>
    <message>
        <source>only one student highlighted {label}</source>
        <translation>solo un estudiante resaltó {label}</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>{name}&apos;s highlights look like nobody else&apos;s (uα with the others {mean} on average; the class&apos;s median is {median})</source>
        <translation>los resaltados de {name} no se parecen a los de nadie más (uα con los demás {mean} de media; la mediana de la clase es {median})</translation>
    </message>
    <message>
        <source>{first} and {second} highlighted almost exactly the same passages (uα {alpha}): worth a look</source>
        <translation>{first} y {second} resaltaron casi exactamente los mismos pasajes (uα {alpha}): vale la pena revisarlo</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y termina</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos obligatorios: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>valor no válido: %(value)r (elige uno de: %(choices)s)</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>esta opción no lleva valor: %r</translation>
    </message>
</context>
<context>
    <name>ArticleImport</name>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a Word document or a .zip archive</source>
        <translation>un documento de Word o un archivo .zip</translation>
    </message>
    <message>
        <source>an old-style Word document</source>
        <translation>un documento de Word de formato antiguo</translation>
    </message>
    <message>
        <source>a Rich Text (.rtf) document</source>
        <translation>un documento de texto enriquecido (.rtf)</translation>
    </message>
    <message>
        <source>the text is {size} MB, more than the {limit} MB Annotator imports; is it really one article?</source>
        <translation>el texto ocupa {size} MB, más de los {limit} MB que importa Annotator; ¿es de verdad un solo artículo?</translation>
    </message>
    <message>
        <source>the file is {size} MB, more than the {limit} MB Annotator imports; is it really one article?</source>
        <translation>el archivo ocupa {size} MB, más de los {limit} MB que importa Annotator; ¿es de verdad un solo artículo?</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>this is {kind}, not text; save it as plain text (.txt) or a web page (.html)</source>
        <translation>esto es {kind}, no texto; guárdalo como texto sin formato (.txt) o como página web (.html)</translation>
    </message>
    <message>
        <source>{name} (the file says so with a byte-order mark)</source>
        <translation>{name} (el archivo lo indica con una marca de orden de bytes)</translation>
    </message>
    <message>
        <source>the file starts like {name} text but is not {name}; it cannot be read</source>
        <translation>el archivo empieza como texto {name} pero no es {name}; no se puede leer</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data, like a picture or a program)</source>
        <translation>esto no es un archivo de texto (contiene datos binarios, como una imagen o un programa)</translation>
    </message>
    <message>
        <source>as the page declares</source>
        <translation>como declara la página</translation>
    </message>
    <message>
        <source>the file is not UTF-8; check that accents and quotes look right</source>
        <translation>el archivo no está en UTF-8; comprueba que los acentos y las comillas se vean bien</translation>
    </message>
    <message>
        <source>the file is not UTF-8 and its encoding is not one Annotator recognises; save it as UTF-8 and retry</source>
        <translation>el archivo no está en UTF-8 y Annotator no reconoce su codificación; guárdalo en UTF-8 y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>decoded as {encoding}</source>
        <translation>decodificado como {encoding}</translation>
    </message>
    <message>
        <source>this does not look like text (it is mostly control characters)</source>
        <translation>esto no parece texto (son sobre todo caracteres de control)</translation>
    </message>
    <message numerus="yes">
        <source>removed %n invisible control character(s)</source>
        <translation>
            <numerusform>se eliminó %n carácter de control invisible</numerusform>
            <numerusform>se eliminaron %n caracteres de control invisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotator imports .txt, .md and .html files, not {kind}</source>
        <translation>Annotator importa archivos .txt, .md y .html, no {kind}</translation>
    </message>
    <message>
        <source>files without an extension</source>
        <translation>archivos sin extensión</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message numerus="yes">
        <source>replaced %n broken character(s) with �</source>
        <translation>
            <numerusform>se reemplazó %n carácter dañado por �</numerusform>
            <numerusform>se reemplazaron %n caracteres dañados por �</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no text to import</source>
        <translation>no hay texto que importar</translation>
    </message>
    <message>
        <source>there are headings but no paragraphs to annotate</source>
        <translation>hay títulos pero ningún párrafo que anotar</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>Delete what is not the article&apos;s (a link, a button, a teaser; marked ⚠) or correct a paragraph. The answer key moves with the text; students&apos; work is placed again when it is opened, and a highlight whose words are gone is listed, never lost.</source>
        <translation>Borra lo que no es del artículo (un enlace, un botón, un avance; marcado con ⚠) o corrige un párrafo. La clave de respuestas se mueve con el texto; el trabajo de los estudiantes se vuelve a situar al abrirlo, y un resaltado cuyas palabras ya no están se muestra en una lista, nunca se pierde.</translation>
    </message>
    <message>
        <source>Paragraphs of the article</source>
        <translation>Párrafos del artículo</translation>
    </message>
    <message>
        <source>Headings, paragraphs and list items, in the order students read them.</source>
        <translation>Títulos, párrafos y elementos de lista, en el orden en que los leen los estudiantes.</translation>
    </message>
    <message>
        <source>Text of the chosen paragraph</source>
        <translation>Texto del párrafo elegido</translation>
    </message>
    <message>
        <source>Correct the paragraph here; it stays one paragraph.</source>
        <translation>Corrige el párrafo aquí; sigue siendo un solo párrafo.</translation>
    </message>
    <message>
        <source>&amp;Delete paragraph</source>
        <translation>&amp;Borrar párrafo</translation>
    </message>
    <message>
        <source>Delete the chosen paragraph from the article</source>
        <translation>Borrar del artículo el párrafo elegido</translation>
    </message>
    <message>
        <source>Heading: {text}</source>
        <translation>Título: {text}</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>The article to read. Select a passage, then press a category&apos;s key.</source>
        <translation>El artículo que vas a leer. Selecciona un pasaje y pulsa la tecla de una categoría.</translation>
    </message>
    <message>
        <source>⚠ The article changed here: check this highlight and confirm it.</source>
        <translation>⚠ El artículo cambió aquí: revisa este resaltado y confírmalo.</translation>
    </message>
</context>
<context>
    <name>Authoring</name>
    <message>
        <source>Untitled lesson</source>
        <translation>Lección sin título</translation>
    </message>
    <message>
        <source>this folder already holds a lesson pack and new-lesson never overwrites; choose another folder with --out</source>
        <translation>esta carpeta ya contiene un paquete de lección y new-lesson nunca sobrescribe; elige otra carpeta con --out</translation>
    </message>
    <message>
        <source>this folder already holds other files and new-lesson never overwrites; choose another folder with --out</source>
        <translation>esta carpeta ya contiene otros archivos y new-lesson nunca sobrescribe; elige otra carpeta con --out</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(no consta)</translation>
    </message>
    <message>
        <source>“{title}” ({id}): {paragraphs}, {words}; source: {source}; author: {author}; published: {published}; address: {address}; {categories} and {prompts}</source>
        <translation>«{title}» ({id}): {paragraphs}, {words}; fuente: {source}; autor: {author}; publicado: {published}; dirección: {address}; {categories} y {prompts}</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n párrafo</numerusform>
            <numerusform>%n párrafos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n categoría</numerusform>
            <numerusform>%n categorías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placeholder prompt(s)</source>
        <translation>
            <numerusform>%n pregunta de ejemplo</numerusform>
            <numerusform>%n preguntas de ejemplo</numerusform>
        </translation>
    </message>
    <message>
        <source>bylines</source>
        <translation>firmas de autor</translation>
    </message>
    <message>
        <source>share buttons</source>
        <translation>botones para compartir</translation>
    </message>
    <message>
        <source>“Previous / Next” links</source>
        <translation>enlaces «Anterior / Siguiente»</translation>
    </message>
    <message>
        <source>comment counts and links</source>
        <translation>recuentos y enlaces de comentarios</translation>
    </message>
    <message>
        <source>advertisement markers</source>
        <translation>avisos de publicidad</translation>
    </message>
    <message>
        <source>topic and tag lists</source>
        <translation>listas de temas y etiquetas</translation>
    </message>
    <message>
        <source>“Read more” links</source>
        <translation>enlaces «Leer más»</translation>
    </message>
    <message>
        <source>subscription offers</source>
        <translation>ofertas de suscripción</translation>
    </message>
    <message>
        <source>photo captions and credits</source>
        <translation>pies de foto y créditos</translation>
    </message>
    <message>
        <source>teasers for other articles</source>
        <translation>avances de otros artículos</translation>
    </message>
    <message>
        <source>date, section and comment-count lines</source>
        <translation>líneas de fecha, sección y número de comentarios</translation>
    </message>
    <message>
        <source>short lines above the article</source>
        <translation>líneas cortas encima del artículo</translation>
    </message>
    <message>
        <source>empty lines</source>
        <translation>líneas vacías</translation>
    </message>
    <message numerus="yes">
        <source>removed %n invisible character(s) that split words (soft hyphens, zero-width spaces), so that searching and selecting find whole words</source>
        <translation>
            <numerusform>se quitó %n carácter invisible que partía palabras (guiones suaves, espacios de ancho cero), para que buscar y seleccionar encuentren palabras enteras</numerusform>
            <numerusform>se quitaron %n caracteres invisibles que partían palabras (guiones suaves, espacios de ancho cero), para que buscar y seleccionar encuentren palabras enteras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left out %n block(s) of page furniture: {kinds}</source>
        <translation>
            <numerusform>se dejó fuera %n bloque de elementos de la página que no son el artículo: {kinds}</numerusform>
            <numerusform>se dejaron fuera %n bloques de elementos de la página que no son el artículo: {kinds}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) may not be the article&apos;s (a link, a button, a teaser): read them, and delete or edit them (Teacher ▸ Edit this lesson… ▸ Article text) if they are not</source>
        <translation>
            <numerusform>%n párrafo puede no ser del artículo (un enlace, un botón, un avance): léelo y, si no lo es, bórralo o corrígelo (Docente ▸ Editar esta lección… ▸ Texto del artículo)</numerusform>
            <numerusform>%n párrafos pueden no ser del artículo (un enlace, un botón, un avance): léelos y, si no lo son, bórralos o corrígelos (Docente ▸ Editar esta lección… ▸ Texto del artículo)</numerusform>
        </translation>
    </message>
    <message>
        <source>paragraph {number}: “{text}”</source>
        <translation>párrafo {number}: «{text}»</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>the disk is full: {folder}</source>
        <translation>el disco está lleno: {folder}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>Annotator is not allowed to write in {folder}</source>
        <translation>Annotator no tiene permiso para escribir en {folder}</translation>
    </message>
    <message>
        <source>the folder {folder} cannot be reached</source>
        <translation>no se puede acceder a la carpeta {folder}</translation>
    </message>
    <message>
        <source>{why}: {file}</source>
        <translation>{why}: {file}</translation>
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
        <translation>no es un archivo .ann de brat, ni una carpeta de ellos, ni un .zip</translation>
    </message>
    <message>
        <source>no brat .ann files in this folder</source>
        <translation>no hay archivos .ann de brat en esta carpeta</translation>
    </message>
    <message>
        <source>{file}: note: no .txt beside it; its offsets are taken as the lesson&apos;s, and its passages are found by their quoted words</source>
        <translation>{file}: nota: no tiene un .txt al lado; sus posiciones se toman como las del texto de la lección, y sus pasajes se buscan por las palabras citadas</translation>
    </message>
    <message>
        <source>offsets {start}-{end} are past the end of the text ({length} characters)</source>
        <translation>las posiciones {start}-{end} van más allá del final del texto ({length} caracteres)</translation>
    </message>
    <message>
        <source>span {start}-{end} ends before it starts</source>
        <translation>el tramo {start}-{end} termina antes de empezar</translation>
    </message>
    <message>
        <source>not a brat annotation line: {line}</source>
        <translation>no es una línea de anotación de brat: {line}</translation>
    </message>
    <message>
        <source>{file}: note: left out {kinds} (Annotator keeps highlights and their notes)</source>
        <translation>{file}: nota: se dejaron fuera {kinds} (Annotator guarda los resaltados y sus notas)</translation>
    </message>
    <message>
        <source>Part {part} of {parts} of the discontinuous brat annotation {id}.</source>
        <translation>Parte {part} de {parts} de la anotación discontinua de brat {id}.</translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relación</numerusform>
            <numerusform>%n relaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n atributo</numerusform>
            <numerusform>%n atributos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n normalization(s)</source>
        <translation>
            <numerusform>%n normalización</numerusform>
            <numerusform>%n normalizaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n equivalence(s)</source>
        <translation>
            <numerusform>%n equivalencia</numerusform>
            <numerusform>%n equivalencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>not a Canvas gradebook export: it has no &apos;Student&apos; or &apos;ID&apos; column (its columns: {columns})</source>
        <translation>no es una exportación del libro de calificaciones de Canvas: no tiene columna &apos;Student&apos; ni &apos;ID&apos; (sus columnas: {columns})</translation>
    </message>
    <message>
        <source>no column for the assignment &apos;{assignment}&apos; (its columns: {columns}); give the assignment&apos;s name as the gradebook heads its column</source>
        <translation>no hay columna para la tarea &apos;{assignment}&apos; (sus columnas: {columns}); escribe el nombre de la tarea como lo pone el encabezado de su columna</translation>
    </message>
    <message numerus="yes">
        <source>%n columns could be the assignment &apos;{assignment}&apos; ({columns}); give the whole heading, with its number</source>
        <translation>
            <numerusform>%n columna podría ser la tarea &apos;{assignment}&apos; ({columns}); escribe el encabezado completo, con su número</numerusform>
            <numerusform>%n columnas podrían ser la tarea &apos;{assignment}&apos; ({columns}); escribe el encabezado completo, con su número</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>The categories students use, in the order they see them.</source>
        <translation>Las categorías que usan los estudiantes, en el orden en que las ven.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Añadir una categoría</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove this category</source>
        <translation>Quitar esta categoría</translation>
    </message>
    <message>
        <source>Prompts stop asking for it; a lesson keeps at least one.</source>
        <translation>Las preguntas dejan de pedirla; una lección conserva al menos una.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move this category up</source>
        <translation>Subir esta categoría</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Move this category down</source>
        <translation>Bajar esta categoría</translation>
    </message>
    <message>
        <source>Selected category</source>
        <translation>Categoría elegida</translation>
    </message>
    <message>
        <source>Category label</source>
        <translation>Nombre de la categoría</translation>
    </message>
    <message>
        <source>The name students see on the category&apos;s button.</source>
        <translation>El nombre que ven los estudiantes en el botón de la categoría.</translation>
    </message>
    <message>
        <source>Category id</source>
        <translation>Id de la categoría</translation>
    </message>
    <message>
        <source>The name saved in files: lower-case letters, digits and dashes. Answer keys and students&apos; work use it, so change it only before the lesson is handed out.</source>
        <translation>El nombre que se guarda en los archivos: minúsculas, cifras y guiones. Lo usan la clave de respuestas y el trabajo de los estudiantes, así que cámbialo solo antes de repartir la lección.</translation>
    </message>
    <message>
        <source>Colour: {name}</source>
        <translation>Color: {name}</translation>
    </message>
    <message>
        <source>Arrow keys move between the colours; Space chooses one.</source>
        <translation>Las flechas pasan de un color a otro; la barra espaciadora elige uno.</translation>
    </message>
    <message>
        <source>Underline style</source>
        <translation>Estilo de subrayado</translation>
    </message>
    <message>
        <source>How highlights are underlined, so that colour is never the only cue.</source>
        <translation>Cómo se subrayan los resaltados, para que el color nunca sea la única pista.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>The key students press to put a passage in this category: one letter or digit, different for each category.</source>
        <translation>La tecla que pulsan los estudiantes para poner un pasaje en esta categoría: una letra o cifra, distinta para cada categoría.</translation>
    </message>
    <message>
        <source>Help for students</source>
        <translation>Ayuda para los estudiantes</translation>
    </message>
    <message>
        <source>One or two sentences a 13-year-old understands, ideally with an example.</source>
        <translation>Una o dos frases que entienda alguien de 13 años, a ser posible con un ejemplo.</translation>
    </message>
    <message>
        <source>How the categories look in the article</source>
        <translation>Cómo se ven las categorías en el artículo</translation>
    </message>
    <message>
        <source>Every category as students will see it highlighted in the article.</source>
        <translation>Cada categoría tal como la verán resaltada los estudiantes en el artículo.</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <source>U&amp;nderline:</source>
        <translation>S&amp;ubrayado:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Tecla:</translation>
    </message>
    <message>
        <source>&amp;Help:</source>
        <translation>A&amp;yuda:</translation>
    </message>
    <message>
        <source>In the article:</source>
        <translation>En el artículo:</translation>
    </message>
    <message>
        <source>same key as {other}</source>
        <translation>la misma tecla que {other}</translation>
    </message>
    <message>
        <source>a colour from outside the palette</source>
        <translation>un color que no es de la paleta</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
</context>
<context>
    <name>CategoryPalette</name>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; (key {key}, {style})&lt;br&gt;{help}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; (tecla {key}, {style})&lt;br&gt;{help}</translation>
    </message>
    <message>
        <source>{label}, key {key}</source>
        <translation>{label}, tecla {key}</translation>
    </message>
</context>
<context>
    <name>CategoryWarnings</name>
    <message>
        <source>“{a}” and “{b}” both use the key {key}; give each category its own key</source>
        <translation>«{a}» y «{b}» usan las dos la tecla {key}; da a cada categoría su propia tecla</translation>
    </message>
    <message>
        <source>“{a}” and “{b}” have the same id &apos;{id}&apos;; give each category its own id</source>
        <translation>«{a}» y «{b}» tienen el mismo id &apos;{id}&apos;; da a cada categoría su propio id</translation>
    </message>
    <message>
        <source>two categories are both called “{a}”; students could not tell which is which</source>
        <translation>dos categorías se llaman «{a}»; los estudiantes no sabrían distinguirlas</translation>
    </message>
    <message>
        <source>“{a}” and “{b}” look alike: the same colour ({color}) and the same underline ({style}); change the colour or the underline of one of them</source>
        <translation>«{a}» y «{b}» se parecen: el mismo color ({color}) y el mismo subrayado ({style}); cambia el color o el subrayado de una de ellas</translation>
    </message>
    <message>
        <source>“{a}” and “{b}” look alike: nearly the same colour ({color_a} and {color_b}, ΔE {delta}) and the same underline ({style}); change the colour or the underline of one of them</source>
        <translation>«{a}» y «{b}» se parecen: casi el mismo color ({color_a} y {color_b}, ΔE {delta}) y el mismo subrayado ({style}); cambia el color o el subrayado de una de ellas</translation>
    </message>
</context>
<context>
    <name>ClassTab</name>
    <message>
        <source>How far students agree, per category</source>
        <translation>Cuánto coinciden los estudiantes, por categoría</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>How many students found each key passage, and what the others took it for</source>
        <translation>Cuántos estudiantes encontraron cada pasaje clave, y qué vieron en él los demás</translation>
    </message>
    <message>
        <source>What the class missed</source>
        <translation>Lo que la clase no vio</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Marcado por</translation>
    </message>
    <message>
        <source>Passages half the class marked; tick them to send them to the answer key</source>
        <translation>Pasajes que marcó la mitad de la clase; márcalos para enviarlos a la clave de respuestas</translation>
    </message>
    <message>
        <source>Send the ticked consensus passages to the answer key as drafts</source>
        <translation>Enviar los pasajes de consenso marcados a la clave de respuestas como borradores</translation>
    </message>
    <message>
        <source>Opens the answer key with each ticked passage as a draft key passage; its rationale says how much of the class marked it.</source>
        <translation>Abre la clave de respuestas con cada pasaje marcado como borrador de pasaje clave; su justificación dice qué parte de la clase lo marcó.</translation>
    </message>
    <message>
        <source>Consensus (half the class)</source>
        <translation>Consenso (la mitad de la clase)</translation>
    </message>
    <message>
        <source>Each student&apos;s highlights, share of the article and time on task</source>
        <translation>Resaltados de cada estudiante, parte del artículo y tiempo de trabajo</translation>
    </message>
    <message>
        <source>Each student&apos;s work</source>
        <translation>El trabajo de cada estudiante</translation>
    </message>
    <message>
        <source>Working out how far the students agree… {percent} %</source>
        <translation>Calculando cuánto coinciden los estudiantes… {percent} %</translation>
    </message>
    <message>
        <source>Nobody handed in work, so there is no agreement to measure.</source>
        <translation>Nadie entregó trabajo, así que no hay acuerdo que medir.</translation>
    </message>
    <message>
        <source>How far the 1 student agrees</source>
        <translation>Cuánto coincide el único estudiante</translation>
    </message>
    <message>
        <source>How far the {n} students agree</source>
        <translation>Cuánto coinciden los {n} estudiantes</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alphas: 1 is full agreement, 0 no better than chance, below 0 systematic disagreement; 0.800 and above can be relied on, 0.667 to 0.800 is tentative. Intervals are 95 %.</source>
        <translation>Alfas de Krippendorff: 1 es acuerdo total, 0 no mejor que el azar, por debajo de 0 desacuerdo sistemático; desde 0,800 es fiable, de 0,667 a 0,800 es provisional. Los intervalos son del 95 %.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n resaltado</numerusform>
            <numerusform>%n resaltados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>{category}: α {value}</source>
        <translation>{category}: α {value}</translation>
    </message>
    <message>
        <source>This lesson has no answer key, so there is nothing to miss.</source>
        <translation>Esta lección no tiene clave de respuestas, así que no hay nada que pasar por alto.</translation>
    </message>
    <message>
        <source>The key expects the first category; students gave the second. Each passage counts once per student.</source>
        <translation>La clave espera la primera categoría; los estudiantes dieron la segunda. Cada pasaje cuenta una vez por estudiante.</translation>
    </message>
    <message>
        <source>{expected} → {given}: {n}</source>
        <translation>{expected} → {given}: {n}</translation>
    </message>
    <message>
        <source>None: every key passage marked was given the key&apos;s category.</source>
        <translation>Ninguna: cada pasaje clave marcado recibió la categoría de la clave.</translation>
    </message>
    <message>
        <source>found by {k} of {n}</source>
        <translation>encontrado por {k} de {n}</translation>
    </message>
    <message>
        <source>{k} as {label}</source>
        <translation>{k} como {label}</translation>
    </message>
    <message>
        <source>{k} did not mark it</source>
        <translation>{k} no lo marcaron</translation>
    </message>
    <message>
        <source>No passage was marked by half the class (and at least two students).</source>
        <translation>Ningún pasaje fue marcado por la mitad de la clase (y al menos dos estudiantes).</translation>
    </message>
    <message>
        <source>{k} of {n}</source>
        <translation>{k} de {n}</translation>
    </message>
    <message>
        <source>{category}: “{quote}”</source>
        <translation>{category}: «{quote}»</translation>
    </message>
    <message>
        <source>Time on task runs from when the work began to its last change, breaks included.</source>
        <translation>El tiempo de trabajo va desde que empezó el trabajo hasta su último cambio, pausas incluidas.</translation>
    </message>
    <message>
        <source>Send {n} to the answer key…</source>
        <translation>Enviar {n} a la clave de respuestas…</translation>
    </message>
    <message>
        <source>Tick passages for the key</source>
        <translation>Marca pasajes para la clave</translation>
    </message>
</context>
<context>
    <name>ClassTable</name>
    <message numerus="yes">
        <source>Class: %n student(s)</source>
        <translation>
            <numerusform>Clase: %n estudiante</numerusform>
            <numerusform>Clase: %n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Resaltados</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuya</translation>
    </message>
    <message>
        <source>✔ ✖ +</source>
        <translation>✔ ✖ +</translation>
    </message>
    <message>
        <source>The student&apos;s name and number</source>
        <translation>Nombre y número del estudiante</translation>
    </message>
    <message>
        <source>When the file was last saved</source>
        <translation>Cuándo se guardó el archivo por última vez</translation>
    </message>
    <message>
        <source>How many passages the student highlighted</source>
        <translation>Cuántos pasajes resaltó el estudiante</translation>
    </message>
    <message>
        <source>Automatic score against the key, out of the most possible</source>
        <translation>Puntuación automática según la clave, sobre el máximo posible</translation>
    </message>
    <message>
        <source>The score that counts: yours where you changed it (✎)</source>
        <translation>La puntuación que cuenta: la tuya donde la cambiaste (✎)</translation>
    </message>
    <message>
        <source>Key passages found, missed, and extra highlights</source>
        <translation>Pasajes clave encontrados, no encontrados y resaltados de más</translation>
    </message>
    <message>
        <source>Class table</source>
        <translation>Tabla de la clase</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be used:</source>
        <translation>
            <numerusform>%n archivo no se pudo usar:</numerusform>
            <numerusform>%n archivos no se pudieron usar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Files that could not be used</source>
        <translation>Archivos que no se pudieron usar</translation>
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
        <translation>nota: sus nombres de archivo no siguen la convención de Canvas ni la de Moodle; se lee como un zip normal, con cada estudiante nombrado como lo escribió</translation>
    </message>
    <message>
        <source>note: its name follows no LMS convention, unlike the rest of the zip; the student is named as they typed</source>
        <translation>nota: su nombre no sigue ninguna convención de LMS, a diferencia del resto del zip; el estudiante se nombra como lo escribió</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sin extensión</translation>
    </message>
    <message>
        <source>not a YAML file ({suffix}); only handed-in .yaml files are graded</source>
        <translation>no es un archivo YAML ({suffix}); solo se califican los archivos .yaml entregados</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>annotator grade: --assignment, --points, --fill and --gradebook-out need --gradebook canvas|moodle</source>
        <translation>annotator grade: --assignment, --points, --fill y --gradebook-out necesitan --gradebook canvas|moodle</translation>
    </message>
    <message>
        <source>annotator grade: --gradebook canvas needs --assignment NAME (the assignment&apos;s column)</source>
        <translation>annotator grade: --gradebook canvas necesita --assignment NAME (la columna de la tarea)</translation>
    </message>
    <message>
        <source>annotator grade: --points must be a number above 0</source>
        <translation>annotator grade: --points debe ser un número mayor que 0</translation>
    </message>
    <message>
        <source>the language Annotator speaks (default: the system&apos;s)</source>
        <translation>el idioma de Annotator (por defecto: el del sistema)</translation>
    </message>
    <message>
        <source>show Annotator&apos;s version and exit</source>
        <translation>muestra la versión de Annotator y termina</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT in pixels, such as 1366x768, not {value}</source>
        <translation>se esperaba ANCHOxALTO en píxeles, como 1366x768, no {value}</translation>
    </message>
    <message>
        <source>with --screenshot: lay the window out as on a screen of W×H pixels</source>
        <translation>con --screenshot: dispone la ventana como en una pantalla de An×Al píxeles</translation>
    </message>
    <message>
        <source>Tools for Annotator lesson packs and class work.</source>
        <translation>Herramientas para los paquetes de lección de Annotator y el trabajo de la clase.</translation>
    </message>
    <message>
        <source>check lesson packs, annotation files and answer keys</source>
        <translation>comprueba paquetes de lección, archivos de anotaciones y claves de respuestas</translation>
    </message>
    <message>
        <source>lesson pack to check annotation files against</source>
        <translation>paquete de lección con el que comprobar los archivos de anotaciones</translation>
    </message>
    <message>
        <source>score a class&apos;s handed-in files against the answer key</source>
        <translation>califica los archivos que entregó una clase según la clave de respuestas</translation>
    </message>
    <message>
        <source>answer key (default: the pack&apos;s key.yaml)</source>
        <translation>clave de respuestas (por defecto: el key.yaml del paquete)</translation>
    </message>
    <message>
        <source>grades for the gradebook</source>
        <translation>notas para el libro de calificaciones</translation>
    </message>
    <message>
        <source>write each student&apos;s HTML report here: in DIR/teacher with the key, in DIR/students without it</source>
        <translation>escribe aquí el informe HTML de cada estudiante: en DIR/teacher con la clave, en DIR/students sin ella</translation>
    </message>
    <message>
        <source>per key passage: how many found it, and what the others marked it as</source>
        <translation>por cada pasaje de la clave: cuántos lo encontraron y como qué lo marcaron los demás</translation>
    </message>
    <message>
        <source>category the key expects against the category students gave its passages</source>
        <translation>la categoría que espera la clave frente a la que los estudiantes dieron a sus pasajes</translation>
    </message>
    <message>
        <source>also write the LMS&apos;s gradebook import file (with --report, a zip of the students&apos; reports for its bulk feedback upload too)</source>
        <translation>escribe también el archivo de importación del libro de calificaciones del LMS (con --report, también un zip de los informes de los estudiantes para su carga masiva de comentarios)</translation>
    </message>
    <message>
        <source>the assignment&apos;s name (its column in the gradebook)</source>
        <translation>el nombre de la tarea (su columna en el libro de calificaciones)</translation>
    </message>
    <message>
        <source>scale scores to N points (default: the gradebook&apos;s)</source>
        <translation>lleva las puntuaciones a N puntos (por defecto: los del libro de calificaciones)</translation>
    </message>
    <message>
        <source>fill the assignment&apos;s column of this gradebook export (written as a new file)</source>
        <translation>rellena la columna de la tarea en esta exportación del libro de calificaciones (se escribe como un archivo nuevo)</translation>
    </message>
    <message>
        <source>where to write the LMS&apos;s gradebook (default: GRADEBOOK-annotator.csv, or OUT-canvas.csv beside --csv)</source>
        <translation>dónde escribir el libro de calificaciones del LMS (por defecto: GRADEBOOK-annotator.csv, u OUT-canvas.csv junto a --csv)</translation>
    </message>
    <message>
        <source>write the class&apos;s annotations as CSV, W3C JSON-LD, brat or REFI-QDA</source>
        <translation>escribe las anotaciones de la clase en CSV, W3C JSON-LD, brat o REFI-QDA</translation>
    </message>
    <message>
        <source>csv: one row per annotation; w3c: a JSON-LD Web Annotation collection (.jsonld); brat: a folder of .txt/.ann files; qdpx: a REFI-QDA project</source>
        <translation>csv: una fila por anotación; w3c: una colección Web Annotation en JSON-LD (.jsonld); brat: una carpeta de archivos .txt/.ann; qdpx: un proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>the file (a folder for brat)</source>
        <translation>el archivo (una carpeta para brat)</translation>
    </message>
    <message>
        <source>how far the class agrees per category (Krippendorff&apos;s alphas)</source>
        <translation>cuánto coincide la clase en cada categoría (alfas de Krippendorff)</translation>
    </message>
    <message>
        <source>write the figures as CSV</source>
        <translation>escribe las cifras en CSV</translation>
    </message>
    <message>
        <source>write every two students&apos; agreement as CSV</source>
        <translation>escribe en CSV el acuerdo de cada pareja de estudiantes</translation>
    </message>
    <message>
        <source>each student&apos;s highlights, share of the article, notes, answers and time on task</source>
        <translation>los resaltados de cada estudiante, la parte del artículo, las notas, las respuestas y el tiempo de trabajo</translation>
    </message>
    <message>
        <source>only this category</source>
        <translation>solo esta categoría</translation>
    </message>
    <message>
        <source>bootstrap resamples for the 95%% intervals</source>
        <translation>remuestreos bootstrap para los intervalos del 95&#xa0;%%</translation>
    </message>
    <message>
        <source>seed of the bootstrap (same seed, same intervals)</source>
        <translation>semilla del bootstrap (misma semilla, mismos intervalos)</translation>
    </message>
    <message>
        <source>make Annotator files from brat, Hypothesis or W3C annotations</source>
        <translation>crea archivos de Annotator a partir de anotaciones de brat, Hypothesis o W3C</translation>
    </message>
    <message>
        <source>brat (.ann/.txt folders or a .zip), hypothesis (API JSON) or w3c (JSON-LD)</source>
        <translation>brat (carpetas .ann/.txt o un .zip), hypothesis (JSON de su API) o w3c (JSON-LD)</translation>
    </message>
    <message>
        <source>where to write one file per annotator</source>
        <translation>dónde escribir un archivo por anotador</translation>
    </message>
    <message>
        <source>make a brat type or Hypothesis tag a category (repeatable; &apos;*=CATEGORY&apos; for the rest)</source>
        <translation>convierte un tipo de brat o una etiqueta de Hypothesis en una categoría (se puede repetir; &apos;*=CATEGORY&apos; para el resto)</translation>
    </message>
    <message>
        <source>TYPE=CATEGORY lines</source>
        <translation>líneas TYPE=CATEGORY</translation>
    </message>
    <message>
        <source>the annotator&apos;s name (default: from the files)</source>
        <translation>el nombre del anotador (por defecto: el de los archivos)</translation>
    </message>
    <message>
        <source>an anonymous handout: the article shaded by how many students marked each passage, per category</source>
        <translation>una hoja anónima: el artículo sombreado según cuántos estudiantes marcaron cada pasaje, por categoría</translation>
    </message>
    <message>
        <source>folder for debrief.html</source>
        <translation>carpeta para debrief.html</translation>
    </message>
    <message>
        <source>share of the class that makes a consensus passage (default 0.5)</source>
        <translation>parte de la clase que hace falta para un pasaje de consenso (por defecto 0.5)</translation>
    </message>
    <message>
        <source>open the teacher&apos;s review window on a folder (or a zip) of handed-in files</source>
        <translation>abre la ventana de revisión del docente sobre una carpeta (o un zip) de archivos entregados</translation>
    </message>
    <message>
        <source>make a lesson pack from an article (.txt, .md or a saved .html page)</source>
        <translation>crea un paquete de lección a partir de un artículo (.txt, .md o una página .html guardada)</translation>
    </message>
    <message>
        <source>lesson title (default: the article&apos;s title)</source>
        <translation>título de la lección (por defecto: el del artículo)</translation>
    </message>
    <message>
        <source>where to make the pack (default: beside the article)</source>
        <translation>dónde crear el paquete (por defecto: junto al artículo)</translation>
    </message>
    <message>
        <source>the lesson&apos;s language, for its categories and prompts: es, fr or en (default: the one the article declares or is written in)</source>
        <translation>el idioma de la lección, para sus categorías y preguntas: es, fr o en (por defecto: el que declara el artículo o en el que está escrito)</translation>
    </message>
    <message>
        <source>Read a news article, highlight passages by category and write why. Teachers&apos; tools: annotator {commands} --help</source>
        <translation>Lee un artículo de prensa, resalta pasajes por categoría y escribe por qué. Herramientas para docentes: annotator {commands} --help</translation>
    </message>
    <message>
        <source>lesson pack to open, a folder or a .zip (default: the bundled lesson)</source>
        <translation>paquete de lección que abrir, una carpeta o un .zip (por defecto: la lección incluida)</translation>
    </message>
    <message>
        <source>open this annotation file</source>
        <translation>abre este archivo de anotaciones</translation>
    </message>
    <message>
        <source>the student&apos;s name (asked once otherwise)</source>
        <translation>el nombre del estudiante (si no, se pregunta una vez)</translation>
    </message>
    <message>
        <source>render the window to a PNG and exit</source>
        <translation>guarda la ventana como PNG y termina</translation>
    </message>
    <message>
        <source>add the Teacher menu: lesson library, new lesson, lesson editor, answer key</source>
        <translation>añade el menú Docente: biblioteca de lecciones, nueva lección, editor de lecciones, clave de respuestas</translation>
    </message>
    <message>
        <source>{file}: cannot be used: {why}</source>
        <translation>{file}: no se puede usar: {why}</translation>
    </message>
    <message>
        <source>annotator: unexpected error ({error}); set ANNOTATOR_DEBUG=1 to see details</source>
        <translation>annotator: error inesperado ({error}); define ANNOTATOR_DEBUG=1 para ver los detalles</translation>
    </message>
    <message>
        <source>{value} is not UTF-8 text; set the terminal to UTF-8 and type it again</source>
        <translation>{value} no es texto UTF-8; configura la terminal en UTF-8 y vuelve a escribirlo</translation>
    </message>
    <message>
        <source>expected a number, such as 10 or 2.5, not {value}</source>
        <translation>se esperaba un número, como 10 o 2.5, no {value}</translation>
    </message>
    <message>
        <source>expected a whole number, such as 1000, not {value}</source>
        <translation>se esperaba un número entero, como 1000, no {value}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>{file}: cannot write: {why}</source>
        <translation>{file}: no se puede escribir: {why}</translation>
    </message>
    <message>
        <source>{file}: cannot write: {other} is a file, not a folder</source>
        <translation>{file}: no se puede escribir: {other} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>{file}: cannot write: {why} ({other})</source>
        <translation>{file}: no se puede escribir: {why} ({other})</translation>
    </message>
    <message>
        <source>{pack}: lesson &apos;{lesson}&apos; has no answer key (key.yaml); give one with --key KEY</source>
        <translation>{pack}: la lección &apos;{lesson}&apos; no tiene clave de respuestas (key.yaml); indica una con --key KEY</translation>
    </message>
    <message>
        <source>unknown export format {format} (choose one of: {formats})</source>
        <translation>formato de exportación desconocido {format} (elige uno de: {formats})</translation>
    </message>
    <message numerus="yes">
        <source>nothing to export: no readable work for lesson &apos;{lesson}&apos; in %n file(s)</source>
        <translation>
            <numerusform>nada que exportar: ningún trabajo legible para la lección &apos;{lesson}&apos; en %n archivo</numerusform>
            <numerusform>nada que exportar: ningún trabajo legible para la lección &apos;{lesson}&apos; en %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n annotation(s) by {students} to {file}</source>
        <translation>
            <numerusform>se exportó %n anotación de {students} a {file}</numerusform>
            <numerusform>se exportaron %n anotaciones de {students} a {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n teacher comment(s) on highlights</source>
        <translation>
            <numerusform>con %n comentario del docente sobre un resaltado</numerusform>
            <numerusform>con %n comentarios del docente sobre resaltados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned highlight(s) left out: they have no place in the article (see annotator check)</source>
        <translation>
            <numerusform>se dejó fuera %n resaltado huérfano: no tiene lugar en el artículo (ver annotator check)</numerusform>
            <numerusform>se dejaron fuera %n resaltados huérfanos: no tienen lugar en el artículo (ver annotator check)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, {lms} gradebook in {file} (%n student(s))</source>
        <translation>
            <numerusform>, libro de calificaciones de {lms} en {file} (%n estudiante)</numerusform>
            <numerusform>, libro de calificaciones de {lms} en {file} (%n estudiantes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n report(s) for {lms}&apos;s bulk feedback upload in {file}</source>
        <translation>
            <numerusform>, %n informe para la carga masiva de comentarios de {lms} en {file}</numerusform>
            <numerusform>, %n informes para la carga masiva de comentarios de {lms} en {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>students</source>
        <translation>estudiantes</translation>
    </message>
    <message>
        <source>highlights</source>
        <translation>resaltados</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <source>{category}: {sentence}</source>
        <translation>{category}: {sentence}</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>aviso: {message}</translation>
    </message>
    <message>
        <source>note: {message}</source>
        <translation>nota: {message}</translation>
    </message>
    <message>
        <source>no category &apos;{category}&apos; in lesson &apos;{lesson}&apos; (its categories: {ids})</source>
        <translation>no hay categoría &apos;{category}&apos; en la lección &apos;{lesson}&apos; (sus categorías: {ids})</translation>
    </message>
    <message>
        <source>{path}: not written: {why}</source>
        <translation>{path}: no se escribió: {why}</translation>
    </message>
    <message numerus="yes">
        <source>no agreement to measure: no readable work for lesson &apos;{lesson}&apos; in %n file(s)</source>
        <translation>
            <numerusform>no hay acuerdo que medir: ningún trabajo legible para la lección &apos;{lesson}&apos; en %n archivo</numerusform>
            <numerusform>no hay acuerdo que medir: ningún trabajo legible para la lección &apos;{lesson}&apos; en %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>agreement of {files} on lesson &apos;{lesson}&apos; and the answer key in the pairwise table; 95 % intervals from {resamples} random halves of the class (seed {seed})</source>
        <translation>acuerdo de {files} en la lección &apos;{lesson}&apos; y la clave de respuestas en la tabla por parejas; intervalos del 95 % a partir de {resamples} mitades al azar de la clase (semilla {seed})</translation>
    </message>
    <message>
        <source>agreement of {files} on lesson &apos;{lesson}&apos;, no answer key; 95 % intervals from {resamples} random halves of the class (seed {seed})</source>
        <translation>acuerdo de {files} en la lección &apos;{lesson}&apos;, sin clave de respuestas; intervalos del 95 % a partir de {resamples} mitades al azar de la clase (semilla {seed})</translation>
    </message>
    <message>
        <source>figures in {path}</source>
        <translation>cifras en {path}</translation>
    </message>
    <message>
        <source>pairwise table in {path}</source>
        <translation>tabla por parejas en {path}</translation>
    </message>
    <message>
        <source>each student&apos;s work in {path}</source>
        <translation>el trabajo de cada estudiante en {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{students} from {files} (%n not used: see the messages above)</source>
        <translation>
            <numerusform>{students} de {files} (%n sin usar: mira los mensajes de arriba)</numerusform>
            <numerusform>{students} de {files} (%n sin usar: mira los mensajes de arriba)</numerusform>
        </translation>
    </message>
    <message>
        <source>{students} from {files}</source>
        <translation>{students} de {files}</translation>
    </message>
    <message numerus="yes">
        <source>nothing to grade: no readable work for lesson &apos;{lesson}&apos; in %n file(s)</source>
        <translation>
            <numerusform>nada que calificar: ningún trabajo legible para la lección &apos;{lesson}&apos; en %n archivo</numerusform>
            <numerusform>nada que calificar: ningún trabajo legible para la lección &apos;{lesson}&apos; en %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>grades in {file}</source>
        <translation>notas en {file}</translation>
    </message>
    <message>
        <source>key passages</source>
        <translation>pasajes clave</translation>
    </message>
    <message>
        <source>confusion table</source>
        <translation>tabla de confusiones</translation>
    </message>
    <message>
        <source>, {what} in {file}</source>
        <translation>, {what} en {file}</translation>
    </message>
    <message numerus="yes">
        <source>, %n report(s) in {teacher} (with the key) and {students} (to hand back)</source>
        <translation>
            <numerusform>, %n informe en {teacher} (con la clave) y {students} (para devolver)</numerusform>
            <numerusform>, %n informes en {teacher} (con la clave) y {students} (para devolver)</numerusform>
        </translation>
    </message>
    <message>
        <source>graded {students} against lesson &apos;{lesson}&apos;; {written}</source>
        <translation>calificados {students} con la lección &apos;{lesson}&apos;; {written}</translation>
    </message>
    <message>
        <source>{path}: not written: it is the gradebook you gave or the grades CSV, which are never replaced; choose another name with --gradebook-out</source>
        <translation>{path}: no escrito: es el libro de calificaciones que diste o el CSV de notas, que nunca se reemplazan; elige otro nombre con --gradebook-out</translation>
    </message>
    <message>
        <source>{path}: no such gradebook file</source>
        <translation>{path}: no existe ese libro de calificaciones</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (y %n más)</numerusform>
            <numerusform> (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>{where}: cannot write the lesson pack ({why})</source>
        <translation>{where}: no se puede escribir el paquete de lección ({why})</translation>
    </message>
    <message>
        <source>made lesson pack {folder} (language: {language})</source>
        <translation>paquete de lección creado en {folder} (idioma: {language})</translation>
    </message>
    <message>
        <source>warning: {file}: {warning}</source>
        <translation>aviso: {file}: {warning}</translation>
    </message>
    <message>
        <source>next: adapt the prompts (lesson.yaml, or Edit this lesson… in the app), then: annotator check {folder}</source>
        <translation>siguiente paso: adapta las preguntas (lesson.yaml, o Editar esta lección… en la aplicación) y luego: annotator check {folder}</translation>
    </message>
    <message>
        <source>--share must be more than 0 and at most 1, not {share}</source>
        <translation>--share debe ser mayor que 0 y como mucho 1, no {share}</translation>
    </message>
    <message numerus="yes">
        <source>no debrief to make: no readable work for lesson &apos;{lesson}&apos; in %n file(s)</source>
        <translation>
            <numerusform>no hay puesta en común que hacer: ningún trabajo legible para la lección &apos;{lesson}&apos; en %n archivo</numerusform>
            <numerusform>no hay puesta en común que hacer: ningún trabajo legible para la lección &apos;{lesson}&apos; en %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: only %n student(s): the handout shows each one&apos;s highlights, so it is not anonymous</source>
        <translation>
            <numerusform>aviso: solo %n estudiante: la hoja muestra los resaltados de cada uno, así que no es anónima</numerusform>
            <numerusform>aviso: solo %n estudiantes: la hoja muestra los resaltados de cada uno, así que no es anónima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: %n highlight(s) not found in the article are left out</source>
        <translation>
            <numerusform>nota: %n resaltado que no se encuentra en el artículo queda fuera</numerusform>
            <numerusform>nota: %n resaltados que no se encuentran en el artículo quedan fuera</numerusform>
        </translation>
    </message>
    <message>
        <source>debrief of {files} on lesson &apos;{lesson}&apos; in {path} (no names)</source>
        <translation>puesta en común de {files} en la lección &apos;{lesson}&apos; en {path} (sin nombres)</translation>
    </message>
</context>
<context>
    <name>Consensus</name>
    <message numerus="yes">
        <source>{k} of %n student(s)</source>
        <translation>
            <numerusform>{k} de %n estudiante</numerusform>
            <numerusform>{k} de %n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n student(s): the shading shows each student&apos;s own highlights, so this handout is not anonymous.</source>
        <translation>
            <numerusform>Solo %n estudiante: el sombreado muestra los resaltados de cada estudiante, así que esta hoja no es anónima.</numerusform>
            <numerusform>Solo %n estudiantes: el sombreado muestra los resaltados de cada estudiante, así que esta hoja no es anónima.</numerusform>
        </translation>
    </message>
    <message>
        <source>What the class saw — {lesson}</source>
        <translation>Lo que vio la clase — {lesson}</translation>
    </message>
    <message>
        <source>What the class saw: {lesson}</source>
        <translation>Lo que vio la clase: {lesson}</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>no names: each passage is shaded by how many students marked it.</source>
        <translation>sin nombres: cada pasaje está sombreado según cuántos estudiantes lo marcaron.</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Leyenda:</translation>
    </message>
    <message>
        <source>fewer than a quarter of the class</source>
        <translation>menos de un cuarto de la clase</translation>
    </message>
    <message>
        <source>a quarter to half</source>
        <translation>de un cuarto a la mitad</translation>
    </message>
    <message>
        <source>half to three quarters</source>
        <translation>de la mitad a tres cuartos</translation>
    </message>
    <message>
        <source>three quarters or more</source>
        <translation>tres cuartos o más</translation>
    </message>
    <message numerus="yes">
        <source>A consensus passage was marked by at least %n student(s).</source>
        <translation>
            <numerusform>Un pasaje de consenso lo marcó al menos %n estudiante.</numerusform>
            <numerusform>Un pasaje de consenso lo marcaron al menos %n estudiantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>marked by {used} of %n student(s).</source>
        <translation>
            <numerusform>marcada por {used} de %n estudiante.</numerusform>
            <numerusform>marcada por {used} de %n estudiantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consensus passages:</source>
        <translation>Pasajes de consenso:</translation>
    </message>
    <message>
        <source>{k} of {n} ({percent} %)</source>
        <translation>{k} de {n} ({percent} %)</translation>
    </message>
    <message numerus="yes">
        <source>No passage was marked by %n or more students.</source>
        <translation>
            <numerusform>Ningún pasaje lo marcaron %n o más estudiantes.</numerusform>
            <numerusform>Ningún pasaje lo marcaron %n o más estudiantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody marked this category.</source>
        <translation>Nadie marcó esta categoría.</translation>
    </message>
    <message numerus="yes">
        <source>Draft from the class: {k} of %n student(s) ({percent} %) marked this as {label}. Write why an expert marks it.</source>
        <translation>
            <numerusform>Borrador de la clase: {k} de %n estudiante ({percent} %) marcaron esto como {label}. Escribe por qué lo marcaría un experto.</numerusform>
            <numerusform>Borrador de la clase: {k} de %n estudiantes ({percent} %) marcaron esto como {label}. Escribe por qué lo marcaría un experto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsensusView</name>
    <message>
        <source>What the class saw: {title}</source>
        <translation>Lo que vio la clase: {title}</translation>
    </message>
    <message>
        <source>Category shown</source>
        <translation>Categoría mostrada</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>The article shaded by how many students marked each passage</source>
        <translation>El artículo sombreado según cuántos estudiantes marcaron cada pasaje</translation>
    </message>
    <message>
        <source>{category}: darker = more of the {n} students marked it; underlined = half the class or more. ← → change the category.</source>
        <translation>{category}: más oscuro = más de los {n} estudiantes lo marcaron; subrayado = la mitad de la clase o más. ← → cambian la categoría.</translation>
    </message>
</context>
<context>
    <name>CsvCells</name>
    <message>
        <source>the gradebook is empty</source>
        <translation>el libro de calificaciones está vacío</translation>
    </message>
    <message>
        <source>a quoted cell is never closed</source>
        <translation>una celda entre comillas nunca se cierra</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>is not a date and time like &apos;{example}&apos;</source>
        <translation>no es una fecha y hora como &apos;{example}&apos;</translation>
    </message>
    <message>
        <source>is not a real date and time ({why})</source>
        <translation>no es una fecha y hora que exista ({why})</translation>
    </message>
</context>
<context>
    <name>Defaults</name>
    <message>
        <source>Named source</source>
        <translation>Fuente identificada</translation>
    </message>
    <message>
        <source>A person or group the article names as the source of information, so you can look up who they are and why they might say it. For example: “Mayor Ana Ruiz said”.</source>
        <translation>Una persona o un grupo que el artículo nombra como fuente de la información, así que puedes averiguar quién es y por qué podría decirlo. Por ejemplo: «dijo la alcaldesa Ana Ruiz».</translation>
    </message>
    <message>
        <source>Unnamed source</source>
        <translation>Fuente anónima</translation>
    </message>
    <message>
        <source>Someone whose information is used but whose name is kept hidden, so you cannot check who they are. For example: “officials said” or “a source close to the talks”.</source>
        <translation>Alguien cuya información se usa pero cuyo nombre se oculta, así que no puedes comprobar quién es. Por ejemplo: «según fuentes oficiales» o «una fuente cercana a las negociaciones».</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Encuadre</translation>
    </message>
    <message>
        <source>How the story is set up: what it is called, what comes first, what it is compared to. Framing shapes how you see the events before you know the facts.</source>
        <translation>Cómo se presenta la noticia: cómo se llama, qué va primero, con qué se compara. El encuadre influye en cómo ves los hechos antes de conocerlos.</translation>
    </message>
    <message>
        <source>Loaded language</source>
        <translation>Lenguaje cargado</translation>
    </message>
    <message>
        <source>Words chosen to make you feel something (anger, fear, admiration, scorn) instead of just describing. For example: “slammed” instead of “criticised”.</source>
        <translation>Palabras elegidas para hacerte sentir algo (enfado, miedo, admiración, desprecio) en lugar de solo describir. Por ejemplo: «arremetió contra» en vez de «criticó».</translation>
    </message>
    <message>
        <source>Hedge / speculation</source>
        <translation>Incertidumbre / especulación</translation>
    </message>
    <message>
        <source>Words that show something is a guess, a possibility or a second-hand report, not a sure fact. For example: “may”, “could”, “reportedly”, “is expected to”.</source>
        <translation>Palabras que muestran que algo es una suposición, una posibilidad o algo que se cuenta de oídas, no un hecho seguro. Por ejemplo: «podría», «quizá», «al parecer», «se espera que».</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>Opinión</translation>
    </message>
    <message>
        <source>The writer&apos;s own judgement or conclusion: not a fact you could check, and not something a source said.</source>
        <translation>El juicio o la conclusión de quien escribe: no es un hecho que puedas comprobar ni algo que haya dicho una fuente.</translation>
    </message>
    <message>
        <source>Check this claim</source>
        <translation>Comprueba esta afirmación</translation>
    </message>
    <message>
        <source>A statement of fact that matters to the story and that you would want to check somewhere else before you believe it, such as a number, a date or a “first ever”.</source>
        <translation>Una afirmación importante para la noticia que querrías comprobar en otro sitio antes de creértela, como una cifra, una fecha o un «por primera vez».</translation>
    </message>
    <message>
        <source>Missing voice / context</source>
        <translation>Voz o contexto ausente</translation>
    </message>
    <message>
        <source>A place where a side of the story, a person affected or some background is left out, so you only hear part of it.</source>
        <translation>Un lugar donde falta una parte de la historia, una persona afectada o algún antecedente, así que solo conoces una parte.</translation>
    </message>
    <message>
        <source>Who is speaking? Highlight every source the article uses, named or not. In each note, say how we know who the source is (a name, a job, nothing at all) and why they might say what they say.</source>
        <translation>¿Quién habla? Resalta todas las fuentes que usa el artículo, identificadas o no. En cada nota, di cómo sabemos quién es la fuente (un nombre, un cargo, nada) y por qué podría decir lo que dice.</translation>
    </message>
    <message>
        <source>Which words frame the story? Start with the headline and the first paragraph. Highlight words that tell you how to see the events or how to feel about them, and in each note suggest a more neutral word. Then answer: does the rest of the article support the headline?</source>
        <translation>¿Qué palabras encuadran la noticia? Empieza por el titular y el primer párrafo. Resalta las palabras que te dicen cómo ver los hechos o qué sentir sobre ellos y, en cada nota, propón una palabra más neutral. Después responde: ¿el resto del artículo respalda el titular?</translation>
    </message>
    <message>
        <source>What needs checking? Highlight claims you would want to check before you believe them, and words that show a guess rather than a fact. In each note, say where you could check it or what evidence is missing.</source>
        <translation>¿Qué hay que comprobar? Resalta las afirmaciones que querrías comprobar antes de creértelas y las palabras que muestran una suposición en vez de un hecho. En cada nota, di dónde podrías comprobarlo o qué prueba falta.</translation>
    </message>
    <message>
        <source>Whose voice is missing? Highlight a place where another side, a person affected or some background would change the picture. In your answer, say who else you would want to hear from, and why.</source>
        <translation>¿Qué voz falta? Resalta un lugar donde otra versión, una persona afectada o algún antecedente cambiaría la imagen. En tu respuesta, di a quién más te gustaría escuchar y por qué.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Welcome to Annotator</source>
        <translation>Te damos la bienvenida a Annotator</translation>
    </message>
    <message>
        <source>Lesson: {title}

Type your name so your teacher knows whose work this is. Annotator remembers it.</source>
        <translation>Lección: {title}

Escribe tu nombre para que tu docente sepa de quién es este trabajo. Annotator lo recordará.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Student number (optional)</source>
        <translation>Número de estudiante (opcional)</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Tu nombre:</translation>
    </message>
    <message>
        <source>Student number (optional):</source>
        <translation>Número de estudiante (opcional):</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <source>Comment on the chosen highlight:</source>
        <translation>Comentario sobre el resaltado elegido:</translation>
    </message>
    <message>
        <source>Comment on the chosen highlight</source>
        <translation>Comentario sobre el resaltado elegido</translation>
    </message>
    <message>
        <source>Choose a highlight in the Key tab or the article</source>
        <translation>Elige un resaltado en la pestaña Clave o en el artículo</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>Score for prompt {n}</source>
        <translation>Puntuación de la pregunta {n}</translation>
    </message>
    <message>
        <source>Comment on prompt {n}</source>
        <translation>Comentario sobre la pregunta {n}</translation>
    </message>
    <message>
        <source>sum of the prompts</source>
        <translation>suma de las preguntas</translation>
    </message>
    <message>
        <source>Teacher&apos;s total</source>
        <translation>Total del docente</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>Total:</translation>
    </message>
    <message>
        <source>Overall comment:</source>
        <translation>Comentario general:</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>Comentario general</translation>
    </message>
    <message>
        <source>automatic ({auto})</source>
        <translation>automática ({auto})</translation>
    </message>
    <message>
        <source>Automatic: {auto} of {max}</source>
        <translation>Automática: {auto} de {max}</translation>
    </message>
    <message>
        <source>sum of the prompts ({total})</source>
        <translation>suma de las preguntas ({total})</translation>
    </message>
    <message>
        <source>Comment on “{quote}”:</source>
        <translation>Comentario sobre «{quote}»:</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>words in the article (Enter: next, Shift+Enter: previous)</source>
        <translation>palabras del artículo (Intro: siguiente, Mayús+Intro: anterior)</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Find the previous place</source>
        <translation>Buscar el lugar anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Find the next place</source>
        <translation>Buscar el lugar siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Type the words to find</source>
        <translation>Escribe las palabras que buscas</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>{n} of {total} · Esc: back to the article to mark it</source>
        <translation>{n} de {total} · Esc: vuelve al artículo para marcarlo</translation>
    </message>
</context>
<context>
    <name>ForeignFiles</name>
    <message>
        <source>--map {entry}: write TYPE=CATEGORY, e.g. Person=named-source</source>
        <translation>--map {entry}: escribe TIPO=CATEGORÍA, por ejemplo Person=named-source</translation>
    </message>
    <message>
        <source>--map {entry}: no category &apos;{category}&apos; in lesson &apos;{lesson}&apos; (it has: {categories})</source>
        <translation>--map {entry}: no hay ninguna categoría &apos;{category}&apos; en la lección &apos;{lesson}&apos; (tiene: {categories})</translation>
    </message>
    <message>
        <source>(no quoted words)</source>
        <translation>(sin palabras citadas)</translation>
    </message>
    <message>
        <source>is not JSON ({why})</source>
        <translation>no es JSON ({why})</translation>
    </message>
    <message>
        <source>is not JSON Annotator can read (nested too deeply)</source>
        <translation>no es un JSON que Annotator pueda leer (demasiados niveles anidados)</translation>
    </message>
</context>
<context>
    <name>HandingIn</name>
    <message>
        <source>✔ All work saved at {time}</source>
        <translation>✔ Todo el trabajo guardado a las {time}</translation>
    </message>
    <message>
        <source>Could not save ({why}). Your work is kept open here; Annotator keeps trying.</source>
        <translation>No se pudo guardar ({why}). Tu trabajo sigue abierto aquí; Annotator lo sigue intentando.</translation>
    </message>
    <message>
        <source>Could not hand in</source>
        <translation>No se pudo entregar</translation>
    </message>
    <message>
        <source>Handed in: {file}</source>
        <translation>Entregado: {file}</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Choose the folder your teacher told you to use</source>
        <translation>Elige la carpeta que te indicó tu profesor</translation>
    </message>
    <message>
        <source>Handed in. Your work is saved as {name} in the folder {folder}.</source>
        <translation>Entregado. Tu trabajo está guardado como {name} en la carpeta {folder}.</translation>
    </message>
    <message>
        <source>Show the folder</source>
        <translation>Mostrar la carpeta</translation>
    </message>
    <message>
        <source>The folder {folder} went away while your work was being written to it (was a USB stick taken out?). Nothing is lost: your work is still saved on this computer. Put the stick back in and hand in again, or choose another folder.</source>
        <translation>La carpeta {folder} desapareció mientras se escribía tu trabajo en ella (¿se sacó una memoria USB?). No se ha perdido nada: tu trabajo sigue guardado en este ordenador. Vuelve a poner la memoria y entrégalo de nuevo, o elige otra carpeta.</translation>
    </message>
    <message>
        <source>Annotator could not write to {folder}: {why}. Your work is still saved on this computer. Try another folder.</source>
        <translation>Annotator no pudo escribir en {folder}: {why}. Tu trabajo sigue guardado en este ordenador. Prueba otra carpeta.</translation>
    </message>
    <message>
        <source>Not handed in.</source>
        <translation>No entregado.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>Annotator could not save your work to {file}. To keep it, choose Keep working, then File ▸ Hand in… to another folder (a USB stick or a shared drive). If you close now, the changes that were not saved are lost.</source>
        <translation>Annotator no pudo guardar tu trabajo en {file}. Para conservarlo, elige Seguir trabajando y luego Archivo ▸ Entregar… en otra carpeta (un lápiz USB o una unidad compartida). Si cierras ahora, se pierden los cambios sin guardar.</translation>
    </message>
    <message>
        <source>Close and lose the changes</source>
        <translation>Cerrar y perder los cambios</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Seguir trabajando</translation>
    </message>
</context>
<context>
    <name>HighlightEditing</name>
    <message>
        <source>Highlighted as {category}: {quote}</source>
        <translation>Resaltado como {category}: {quote}</translation>
    </message>
    <message>
        <source>Highlight deleted: {quote}</source>
        <translation>Resaltado borrado: {quote}</translation>
    </message>
    <message>
        <source>Now {category}: {quote}</source>
        <translation>Ahora {category}: {quote}</translation>
    </message>
    <message>
        <source>Read only: {why}</source>
        <translation>Solo lectura: {why}</translation>
    </message>
    <message>
        <source>These words are already highlighted in this category.</source>
        <translation>Estas palabras ya están resaltadas en esta categoría.</translation>
    </message>
    <message>
        <source>The selection has no words in it, only a space or a line break. Select some words, then press the category&apos;s key.</source>
        <translation>La selección no tiene palabras, solo un espacio o un salto de línea. Selecciona algunas palabras y pulsa la tecla de la categoría.</translation>
    </message>
    <message>
        <source>First select some words in the article (drag with the mouse, or hold Shift and use the arrow keys).</source>
        <translation>Primero selecciona algunas palabras del artículo (arrastra con el ratón, o mantén pulsada Mayús y usa las flechas).</translation>
    </message>
    <message>
        <source>{category}, with a note</source>
        <translation>{category}, con una nota</translation>
    </message>
    <message>
        <source>Highlighted: {categories}</source>
        <translation>Resaltado: {categories}</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>No hay nada que rehacer.</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>Deshecho: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Rehecho: {what}</translation>
    </message>
    <message>
        <source>answer to prompt {n}</source>
        <translation>respuesta a la pregunta {n}</translation>
    </message>
    <message>
        <source>details of {quote}</source>
        <translation>detalles de {quote}</translation>
    </message>
    <message>
        <source>highlight {quote}</source>
        <translation>resaltado {quote}</translation>
    </message>
    <message>
        <source>deleting {quote}</source>
        <translation>borrado de {quote}</translation>
    </message>
    <message>
        <source>note on {quote}</source>
        <translation>nota sobre {quote}</translation>
    </message>
    <message>
        <source>category of {quote}</source>
        <translation>categoría de {quote}</translation>
    </message>
    <message>
        <source>change to {quote}</source>
        <translation>cambio en {quote}</translation>
    </message>
</context>
<context>
    <name>HighlightList</name>
    <message>
        <source>My highlights</source>
        <translation>Mis resaltados</translation>
    </message>
    <message>
        <source>Not found in the article (kept, check them)</source>
        <translation>No encontrados en el artículo (se conservan, revísalos)</translation>
    </message>
    <message>
        <source>Not for any prompt</source>
        <translation>Sin pregunta</translation>
    </message>
    <message>
        <source>⚠ check: </source>
        <translation>⚠ revisar: </translation>
    </message>
    <message>
        <source>✖ not found: </source>
        <translation>✖ no encontrado: </translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>docente</translation>
    </message>
    <message>
        <source>No note yet</source>
        <translation>Todavía sin nota</translation>
    </message>
</context>
<context>
    <name>HypothesisFiles</name>
    <message>
        <source>(unknown Hypothesis user)</source>
        <translation>(usuario de Hypothesis desconocido)</translation>
    </message>
    <message>
        <source>not Hypothesis annotation JSON: expected a search result with &apos;rows&apos;, or annotations with a &apos;target&apos;</source>
        <translation>no es JSON de anotaciones de Hypothesis: se esperaba un resultado de búsqueda con &apos;rows&apos;, o anotaciones con un &apos;target&apos;</translation>
    </message>
    <message>
        <source>row {n} is not a Hypothesis annotation (no &apos;target&apos; list)</source>
        <translation>la fila {n} no es una anotación de Hypothesis (no tiene una lista &apos;target&apos;)</translation>
    </message>
    <message>
        <source>annotation {id}: only {kinds}, no TextQuoteSelector to find its passage by; not imported</source>
        <translation>anotación {id}: solo {kinds}, sin TextQuoteSelector para encontrar su pasaje; no se importa</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>unknown import format {format} (choose one of: {formats})</source>
        <translation>formato de importación desconocido {format} (elige uno de: {formats})</translation>
    </message>
    <message>
        <source>{folder}: not written: {why}</source>
        <translation>{folder}: no se escribió: {why}</translation>
    </message>
    <message numerus="yes">
        <source>type or tag &apos;{kind}&apos; (%n highlight(s)) is no category of lesson &apos;{lesson}&apos;; not imported: add --map &apos;{kind}=CATEGORY&apos;</source>
        <translation>
            <numerusform>el tipo o etiqueta &apos;{kind}&apos; (%n resaltado) no es ninguna categoría de la lección &apos;{lesson}&apos;; no se importa: añade --map &apos;{kind}=CATEGORY&apos;</numerusform>
            <numerusform>el tipo o etiqueta &apos;{kind}&apos; (%n resaltados) no es ninguna categoría de la lección &apos;{lesson}&apos;; no se importan: añade --map &apos;{kind}=CATEGORY&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{path}: {student} ({source}): %n annotations: {counts}</source>
        <translation>
            <numerusform>{path}: {student} ({source}): %n anotación: {counts}</numerusform>
            <numerusform>{path}: {student} ({source}): %n anotaciones: {counts}</numerusform>
        </translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sin nombre</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n resaltado</numerusform>
            <numerusform>%n resaltados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported {highlights} by %n annotator(s) into {folder}: {summary}</source>
        <translation>
            <numerusform>importados {highlights} de %n anotador en {folder}: {summary}</numerusform>
            <numerusform>importados {highlights} de %n anotadores en {folder}: {summary}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Import annotations</source>
        <translation>Importar anotaciones</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>Categories for the imported highlights</source>
        <translation>Categorías para los subrayados importados</translation>
    </message>
    <message>
        <source>(no type or tag)</source>
        <translation>(sin tipo ni etiqueta)</translation>
    </message>
    <message numerus="yes">
        <source>“{kind}”: %n highlight(s) left out: no category was chosen.</source>
        <translation>
            <numerusform>«{kind}»: %n subrayado omitido: no se eligió ninguna categoría.</numerusform>
            <numerusform>«{kind}»: %n subrayados omitidos: no se eligió ninguna categoría.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotator(s) imported into {folder}.</source>
        <translation>
            <numerusform>%n anotador importado en {folder}.</numerusform>
            <numerusform>%n anotadores importados en {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the highlights landed: {counts}.</source>
        <translation>Dónde quedaron los subrayados: {counts}.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problema:</numerusform>
            <numerusform>%n problemas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportingFiles</name>
    <message>
        <source>no .json or .jsonld files in this folder</source>
        <translation>no hay archivos .json ni .jsonld en esta carpeta</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>{file}: note: left out {page_notes} and {replies}: they are not highlights of a passage</source>
        <translation>{file}: nota: se dejaron fuera {page_notes} y {replies}: no son resaltados de un pasaje</translation>
    </message>
    <message numerus="yes">
        <source>%n page note(s)</source>
        <translation>
            <numerusform>%n nota de página</numerusform>
            <numerusform>%n notas de página</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n respuesta</numerusform>
            <numerusform>%n respuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: note: left out {skipped}: they are not highlights of a passage</source>
        <translation>{file}: nota: se dejaron fuera {skipped}: no son resaltados de un pasaje</translation>
    </message>
    <message numerus="yes">
        <source>{file}: note: left out %n teacher comment(s) (motivation &apos;assessing&apos;): feedback lives in the teacher&apos;s own files</source>
        <translation>
            <numerusform>{file}: nota: se dejó fuera %n comentario del docente (motivación &apos;assessing&apos;): los comentarios viven en los archivos propios del docente</numerusform>
            <numerusform>{file}: nota: se dejaron fuera %n comentarios del docente (motivación &apos;assessing&apos;): los comentarios viven en los archivos propios del docente</numerusform>
        </translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>is inside the lesson pack; import into a folder of its own</source>
        <translation>está dentro del paquete de la lección; importa en una carpeta aparte</translation>
    </message>
    <message>
        <source>holds the files being imported</source>
        <translation>contiene los archivos que se están importando</translation>
    </message>
    <message>
        <source>is, or is inside, a link that leads back to itself (a link loop)</source>
        <translation>es, o está dentro de, un enlace que lleva de vuelta a sí mismo (un bucle de enlaces)</translation>
    </message>
    <message>
        <source>is a link to {target}, which does not exist</source>
        <translation>es un enlace a {target}, que no existe</translation>
    </message>
    <message>
        <source>{other} is a file, not a folder</source>
        <translation>{other} es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>cannot be used: {why}</source>
        <translation>no se puede usar: {why}</translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>{found} of {students} found {quote} ({expected}).</source>
        <translation>{found} de {students} encontraron {quote} ({expected}).</translation>
    </message>
    <message>
        <source>{n} of {students} marked {quote} as {category}.</source>
        <translation>{n} de {students} marcaron {quote} como {category}.</translation>
    </message>
    <message>
        <source>{time} from start to last change</source>
        <translation>{time} desde el inicio hasta el último cambio</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) ({lost} not found in the article)</source>
        <translation>
            <numerusform>%n resaltado ({lost} no encontrados en el artículo)</numerusform>
            <numerusform>%n resaltados ({lost} no encontrados en el artículo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n resaltado</numerusform>
            <numerusform>%n resaltados</numerusform>
        </translation>
    </message>
    <message>
        <source>{highlights} covering {share} of the article, {notes}, {answers} of {asked} written answers; {time}.</source>
        <translation>{highlights} que cubren el {share} del artículo, {notes}, {answers} de {asked} respuestas escritas; {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>the file does not say when the work began</source>
        <translation>el archivo no dice cuándo empezó el trabajo</translation>
    </message>
    <message>
        <source>the file records no change after the work began</source>
        <translation>el archivo no registra ningún cambio después de empezar el trabajo</translation>
    </message>
    <message>
        <source>the file&apos;s times run backwards (a computer clock was wrong)</source>
        <translation>las horas del archivo van hacia atrás (el reloj de un ordenador estaba mal)</translation>
    </message>
</context>
<context>
    <name>Inspection</name>
    <message>
        <source>unknown file kind {found} (expected one of: {known})</source>
        <translation>tipo de archivo desconocido {found} (se esperaba uno de estos: {known})</translation>
    </message>
    <message>
        <source>not an Annotator file: it has no &apos;schema: annotator/…&apos; line</source>
        <translation>no es un archivo de Annotator: no tiene ninguna línea &apos;schema: annotator/…&apos;</translation>
    </message>
    <message>
        <source>a lesson file is read as lesson.yaml inside its pack folder; rename it, or check the folder</source>
        <translation>un archivo de lección se lee como lesson.yaml dentro de la carpeta de su paquete; cámbiale el nombre o revisa la carpeta</translation>
    </message>
    <message>
        <source>{path}: answer key for &apos;{lesson}&apos;: {items}, {not_flagged} not to flag</source>
        <translation>{path}: clave de respuestas de &apos;{lesson}&apos;: {items}, {not_flagged} que no se deben marcar</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n pasaje</numerusform>
            <numerusform>%n pasajes</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: teacher feedback for {student} on &apos;{lesson}&apos;</source>
        <translation>{path}: comentarios del docente para {student} sobre &apos;{lesson}&apos;</translation>
    </message>
    <message>
        <source>an unnamed student</source>
        <translation>un estudiante sin nombre</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exacto</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>desplazado</translation>
    </message>
    <message>
        <source>fuzzy</source>
        <translation>aproximado</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>huérfano</translation>
    </message>
    <message numerus="yes">
        <source>%n exact</source>
        <translation>
            <numerusform>%n exacto</numerusform>
            <numerusform>%n exactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n desplazado</numerusform>
            <numerusform>%n desplazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fuzzy</source>
        <translation>
            <numerusform>%n aproximado</numerusform>
            <numerusform>%n aproximados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orphaned</source>
        <translation>
            <numerusform>%n huérfano</numerusform>
            <numerusform>%n huérfanos</numerusform>
        </translation>
    </message>
    <message>
        <source>not a lesson pack: it has no lesson.yaml, and no .yaml files to check</source>
        <translation>no es un paquete de lección: no tiene lesson.yaml ni archivos .yaml que revisar</translation>
    </message>
    <message>
        <source>not a lesson pack: it has no lesson.yaml (it has {names})</source>
        <translation>no es un paquete de lección: no tiene lesson.yaml (tiene {names})</translation>
    </message>
    <message>
        <source>an answer key is checked against its lesson: give --lesson PACK</source>
        <translation>una clave de respuestas se comprueba con su lección: indica --lesson PACK</translation>
    </message>
    <message numerus="yes">
        <source>%n key item(s)</source>
        <translation>
            <numerusform>%n pasaje clave</numerusform>
            <numerusform>%n pasajes clave</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer key</source>
        <translation>sin clave de respuestas</translation>
    </message>
    <message>
        <source>{pack}: lesson &apos;{lesson}&apos; OK: {categories}, {prompts}, {key}, article {characters}</source>
        <translation>{pack}: lección &apos;{lesson}&apos; correcta: {categories}, {prompts}, {key}, artículo de {characters}</translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n categoría</numerusform>
            <numerusform>%n categorías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: {student}</source>
        <translation>{path}: {student}</translation>
    </message>
    <message>
        <source>unnamed student</source>
        <translation>estudiante sin nombre</translation>
    </message>
    <message>
        <source>{path}: note: {note}</source>
        <translation>{path}: nota: {note}</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n anotación</numerusform>
            <numerusform>%n anotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>{name}: {count} (give --lesson PACK to place them on the article)</source>
        <translation>{name}: {count} (indica --lesson PACK para situarlas en el artículo)</translation>
    </message>
    <message>
        <source>{path}: note: made for lesson &apos;{made_for}&apos;, checked against &apos;{lesson}&apos;</source>
        <translation>{path}: nota: hecho para la lección &apos;{made_for}&apos;, comprobado con &apos;{lesson}&apos;</translation>
    </message>
    <message>
        <source>{path}: note: made for a different text of the article; passages are found again</source>
        <translation>{path}: nota: hecho para otro texto del artículo; los pasajes se vuelven a buscar</translation>
    </message>
    <message>
        <source>{path}: {id} {category} {span} {status}: “{quote}”</source>
        <translation>{path}: {id} {category} {span} {status}: «{quote}»</translation>
    </message>
    <message>
        <source>{name}: {count}: {summary}</source>
        <translation>{name}: {count}: {summary}</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>end {end} is before start {start}</source>
        <translation>el final {end} está antes del inicio {start}</translation>
    </message>
    <message>
        <source>end {end} is past the end of the article ({n} characters)</source>
        <translation>el final {end} va más allá del final del artículo ({n} caracteres)</translation>
    </message>
    <message>
        <source>the article at {start}-{end} reads {found}, not the quote</source>
        <translation>en {start}-{end} el artículo dice {found}, no la cita</translation>
    </message>
    <message>
        <source>no category &apos;{category}&apos; in this lesson</source>
        <translation>no hay ninguna categoría &apos;{category}&apos; en esta lección</translation>
    </message>
    <message>
        <source>key is for lesson &apos;{found}&apos;, not &apos;{lesson}&apos;</source>
        <translation>la clave es de la lección &apos;{found}&apos;, no de &apos;{lesson}&apos;</translation>
    </message>
    <message>
        <source>this answer key was made for a different version of the article, so its passages would not line up</source>
        <translation>esta clave de respuestas se hizo para otra versión del artículo, así que sus pasajes no coincidirían</translation>
    </message>
    <message>
        <source>key item id &apos;{id}&apos; is used twice</source>
        <translation>el id de pasaje clave &apos;{id}&apos; se usa dos veces</translation>
    </message>
    <message>
        <source>no prompt &apos;{prompt}&apos; in this lesson</source>
        <translation>no hay ninguna pregunta &apos;{prompt}&apos; en esta lección</translation>
    </message>
</context>
<context>
    <name>KeyList</name>
    <message>
        <source>Found, missed and extra</source>
        <translation>Encontrados, no encontrados y de más</translation>
    </message>
    <message>
        <source>No answer key in this lesson pack.</source>
        <translation>Este paquete de lección no tiene clave de respuestas.</translation>
    </message>
    <message>
        <source>✔ Found ({n})</source>
        <translation>✔ Encontrados ({n})</translation>
    </message>
    <message>
        <source>✖ Missed ({n})</source>
        <translation>✖ No encontrados ({n})</translation>
    </message>
    <message>
        <source>+ Extra: matches nothing in the key ({n})</source>
        <translation>+ De más: no coinciden con nada de la clave ({n})</translation>
    </message>
</context>
<context>
    <name>KeyWindow</name>
    <message>
        <source>Answer key: {title} — Annotator</source>
        <translation>Clave de respuestas: {title} — Annotator</translation>
    </message>
    <message>
        <source>&amp;Close the answer key</source>
        <translation>&amp;Cerrar la clave de respuestas</translation>
    </message>
    <message>
        <source>Rationale: why an expert marks this passage (one sentence)</source>
        <translation>Justificación: por qué un experto marca este pasaje (una frase)</translation>
    </message>
    <message>
        <source>Rationale for this key passage</source>
        <translation>Justificación de este pasaje clave</translation>
    </message>
    <message>
        <source>Editing the answer key: mark each passage an expert would mark</source>
        <translation>Editando la clave de respuestas: marca cada pasaje que marcaría un experto</translation>
    </message>
    <message>
        <source>Key passages</source>
        <translation>Pasajes clave</translation>
    </message>
    <message>
        <source>Answer key mode: mark each passage an expert would mark. Saved automatically to {file}</source>
        <translation>Modo clave de respuestas: marca cada pasaje que marcaría un experto. Se guarda automáticamente en {file}</translation>
    </message>
    <message>
        <source>This key passage</source>
        <translation>Este pasaje clave</translation>
    </message>
    <message>
        <source>Categories also accepted for this passage</source>
        <translation>Categorías que también se aceptan para este pasaje</translation>
    </message>
    <message>
        <source>A student&apos;s highlight in any ticked category counts as found.</source>
        <translation>Un resaltado del estudiante en cualquier categoría marcada cuenta como encontrado.</translation>
    </message>
    <message>
        <source>Also accept:</source>
        <translation>Aceptar también:</translation>
    </message>
    <message>
        <source>Prompt this passage scores for</source>
        <translation>Pregunta para la que puntúa este pasaje</translation>
    </message>
    <message>
        <source>Finding this passage adds its points to this prompt&apos;s score (up to the prompt&apos;s maximum).</source>
        <translation>Encontrar este pasaje suma sus puntos a la puntuación de esta pregunta (hasta el máximo de la pregunta).</translation>
    </message>
    <message>
        <source>(no prompt)</source>
        <translation>(sin pregunta)</translation>
    </message>
    <message>
        <source>Counts for:</source>
        <translation>Cuenta para:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Required passage</source>
        <translation>Pasaje obligatorio</translation>
    </message>
    <message>
        <source>Points for finding this passage</source>
        <translation>Puntos por encontrar este pasaje</translation>
    </message>
    <message>
        <source>Points:</source>
        <translation>Puntos:</translation>
    </message>
    <message>
        <source>Key passages of this prompt: {used:g} points; its maximum: {max}</source>
        <translation>Pasajes clave de esta pregunta: {used:g} puntos; su máximo: {max}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <source>Your school set the language on this computer.</source>
        <translation>Tu centro fijó el idioma en este ordenador.</translation>
    </message>
    <message>
        <source>The language could not be saved: {why}</source>
        <translation>No se pudo guardar el idioma: {why}</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Annotator will speak {language} the next time it starts.</source>
        <translation>Annotator estará en {language} la próxima vez que se abra.</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>The Teacher menu is turned off on this computer by the school&apos;s settings.</source>
        <translation>El menú Docente está desactivado en este ordenador por la configuración del centro.</translation>
    </message>
    <message>
        <source>Sample Student</source>
        <translation>Estudiante de ejemplo</translation>
    </message>
    <message>
        <source>This lesson could not be opened: {path}</source>
        <translation>No se pudo abrir esta lección: {path}</translation>
    </message>
    <message>
        <source>The lesson Annotator opens first could not be opened ({problem}); it opened “{title}” from the lesson library instead. Tell whoever installs Annotator.</source>
        <translation>No se pudo abrir la lección que Annotator abre primero ({problem}); en su lugar abrió «{title}» de la biblioteca de lecciones. Avisa a quien instala Annotator.</translation>
    </message>
    <message>
        <source>This file could not be opened: {path}</source>
        <translation>No se pudo abrir este archivo: {path}</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>grade levels: “{part}” is not a grade from 1 to 13 (write e.g. 9, 10 or 9–12)</source>
        <translation>cursos: «{part}» no es un curso del 1 al 13 (escribe, por ejemplo, 9, 10 o 9–12)</translation>
    </message>
    <message>
        <source>Edit lesson: {title}</source>
        <translation>Editar la lección: {title}</translation>
    </message>
    <message>
        <source>Parts of the lesson</source>
        <translation>Partes de la lección</translation>
    </message>
    <message>
        <source>&amp;Lesson and article</source>
        <translation>&amp;Lección y artículo</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Categorías</translation>
    </message>
    <message>
        <source>&amp;Prompts</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>Article te&amp;xt</source>
        <translation>Te&amp;xto del artículo</translation>
    </message>
    <message>
        <source>Problems with the lesson</source>
        <translation>Problemas de la lección</translation>
    </message>
    <message>
        <source>OK: keep these changes</source>
        <translation>Aceptar: conservar estos cambios</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Título de la lección</translation>
    </message>
    <message>
        <source>What students and the lesson library see as the lesson&apos;s name.</source>
        <translation>El nombre de la lección que ven los estudiantes y la biblioteca de lecciones.</translation>
    </message>
    <message>
        <source>Grade levels</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>School grades the lesson is for, e.g. 9, 10 or 9–12. May stay empty.</source>
        <translation>Cursos para los que es la lección, por ejemplo 9, 10 o 9–12. Puede quedar vacío.</translation>
    </message>
    <message>
        <source>e.g. 9, 10 or 9–12</source>
        <translation>p. ej. 9, 10 o 9–12</translation>
    </message>
    <message>
        <source>Minutes the lesson takes</source>
        <translation>Minutos que dura la lección</translation>
    </message>
    <message>
        <source>How long the lesson takes in class; 0 leaves it unsaid.</source>
        <translation>Cuánto dura la lección en clase; 0 lo deja sin indicar.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>Código de idioma</translation>
    </message>
    <message>
        <source>The article&apos;s language as a code: en, es, fr, de, pt-BR…</source>
        <translation>El idioma del artículo como código: en, es, fr, de, pt-BR…</translation>
    </message>
    <message>
        <source>Learning objectives, one per line</source>
        <translation>Objetivos de aprendizaje, uno por línea</translation>
    </message>
    <message>
        <source>Each objective is one bullet; Enter starts the next one.</source>
        <translation>Cada objetivo es una viñeta; Intro empieza el siguiente.</translation>
    </message>
    <message>
        <source>What students will be able to do, one objective per line</source>
        <translation>Lo que los estudiantes sabrán hacer, un objetivo por línea</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Grade levels:</source>
        <translation>Cu&amp;rsos:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>The article, as its source gives it</source>
        <translation>El artículo, tal como lo da su fuente</translation>
    </message>
    <message>
        <source>Leave a field empty when the source does not say: students should not see a guess.</source>
        <translation>Deja un campo vacío cuando la fuente no lo dice: los estudiantes no deben ver una suposición.</translation>
    </message>
    <message>
        <source>Headl&amp;ine:</source>
        <translation>Tit&amp;ular:</translation>
    </message>
    <message>
        <source>Article headline</source>
        <translation>Titular del artículo</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>Publication or website</source>
        <translation>Publicación o sitio web</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>Article author</source>
        <translation>Autor del artículo</translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation>Publica&amp;do:</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>Fecha de publicación</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>Direcció&amp;n web:</translation>
    </message>
    <message>
        <source>Web address of the article</source>
        <translation>Dirección web del artículo</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>Best as a date like 2019-02-28.</source>
        <translation>Mejor como una fecha del tipo 2019-02-28.</translation>
    </message>
    <message>
        <source>The lesson needs a title.</source>
        <translation>La lección necesita un título.</translation>
    </message>
    <message>
        <source>The language must be a code such as en, es or pt-BR.</source>
        <translation>El idioma debe ser un código como en, es o pt-BR.</translation>
    </message>
    <message>
        <source>Category {n}</source>
        <translation>Categoría {n}</translation>
    </message>
    <message>
        <source>Category {n} needs a label.</source>
        <translation>La categoría {n} necesita un nombre.</translation>
    </message>
    <message>
        <source>“{name}” needs an id (lower-case letters, digits, dashes).</source>
        <translation>«{name}» necesita un id (minúsculas, cifras, guiones).</translation>
    </message>
    <message>
        <source>“{name}” needs a key (one letter or digit).</source>
        <translation>«{name}» necesita una tecla (una letra o cifra).</translation>
    </message>
    <message>
        <source>The answer key uses the category “{label}” (id {id}); keep it, with that id.</source>
        <translation>La clave de respuestas usa la categoría «{label}» (id {id}); consérvala, con ese id.</translation>
    </message>
    <message>
        <source>Prompt {n} has no question yet.</source>
        <translation>La pregunta {n} todavía no tiene enunciado.</translation>
    </message>
    <message>
        <source>Prompt {n} expects highlights but ticks no category.</source>
        <translation>La pregunta {n} espera resaltados pero no marca ninguna categoría.</translation>
    </message>
    <message>
        <source>The article needs at least one paragraph.</source>
        <translation>El artículo necesita al menos un párrafo.</translation>
    </message>
    <message>
        <source>The answer key marks “{quote}”, which is no longer in the article: keep those words, or remove the passage from the key first.</source>
        <translation>La clave de respuestas marca «{quote}», que ya no está en el artículo: conserva esas palabras o quita antes ese pasaje de la clave.</translation>
    </message>
    <message>
        <source>Fix these to save the lesson:</source>
        <translation>Corrige esto para guardar la lección:</translation>
    </message>
    <message>
        <source>Worth a look:</source>
        <translation>Conviene revisar:</translation>
    </message>
    <message>
        <source>Fix the problems listed above first.</source>
        <translation>Corrige primero los problemas de arriba.</translation>
    </message>
</context>
<context>
    <name>LessonFile</name>
    <message>
        <source>category id &apos;{id}&apos; is used twice</source>
        <translation>el id de categoría &apos;{id}&apos; se usa dos veces</translation>
    </message>
    <message>
        <source>key &apos;{key}&apos; is also {other}&apos;s key</source>
        <translation>la tecla &apos;{key}&apos; también es la tecla de {other}</translation>
    </message>
    <message>
        <source>prompt id &apos;{id}&apos; is used twice</source>
        <translation>el id de pregunta &apos;{id}&apos; se usa dos veces</translation>
    </message>
    <message>
        <source>no category &apos;{category}&apos; in this lesson</source>
        <translation>no hay ninguna categoría &apos;{category}&apos; en esta lección</translation>
    </message>
</context>
<context>
    <name>LessonPack</name>
    <message>
        <source>{path}: cannot be read ({why})</source>
        <translation>{path}: no se puede leer ({why})</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (y %n problema más)</numerusform>
            <numerusform> (y %n problemas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>the article cannot be called &apos;{name}&apos;</source>
        <translation>el artículo no puede llamarse &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>this is a file, not a folder; choose a folder for the lesson pack</source>
        <translation>esto es un archivo, no una carpeta; elige una carpeta para el paquete de lección</translation>
    </message>
    <message>
        <source>the folder cannot be read ({why})</source>
        <translation>no se puede leer la carpeta ({why})</translation>
    </message>
    <message>
        <source>the folder already holds other files; choose an empty folder for the lesson pack</source>
        <translation>la carpeta ya contiene otros archivos; elige una carpeta vacía para el paquete de lección</translation>
    </message>
    <message>
        <source>the folder holds a lesson.yaml that cannot be read; it is not overwritten</source>
        <translation>la carpeta contiene un lesson.yaml que no se puede leer; no se sobrescribe</translation>
    </message>
    <message>
        <source>the folder already holds another lesson pack (&apos;{found}&apos;); it is not overwritten</source>
        <translation>la carpeta ya contiene otro paquete de lección (&apos;{found}&apos;); no se sobrescribe</translation>
    </message>
    <message>
        <source>this lesson has no answer key (key.yaml) yet; export it for students, or make the key first</source>
        <translation>esta lección aún no tiene clave de respuestas (key.yaml); expórtala para los estudiantes o haz primero la clave</translation>
    </message>
    <message>
        <source>is a folder; give the name of the .zip file to write</source>
        <translation>es una carpeta; indica el nombre del archivo .zip que quieres escribir</translation>
    </message>
    <message>
        <source>a lesson pack appeared here during the import; try again</source>
        <translation>apareció un paquete de lección aquí durante la importación; vuelve a intentarlo</translation>
    </message>
    <message>
        <source>{what} not found in the pack</source>
        <translation>{what}: no está en el paquete</translation>
    </message>
    <message>
        <source>points outside the lesson pack (through a link)</source>
        <translation>apunta fuera del paquete de lección (mediante un enlace)</translation>
    </message>
    <message>
        <source>path is empty</source>
        <translation>la ruta está vacía</translation>
    </message>
    <message>
        <source>path {path} has a control character in it</source>
        <translation>la ruta {path} contiene un carácter de control</translation>
    </message>
    <message>
        <source>path &apos;{path}&apos; is absolute; paths in a lesson pack must be relative to it</source>
        <translation>la ruta &apos;{path}&apos; es absoluta; las rutas de un paquete de lección deben ser relativas a él</translation>
    </message>
    <message>
        <source>path &apos;{path}&apos; leaves the lesson pack</source>
        <translation>la ruta &apos;{path}&apos; sale del paquete de lección</translation>
    </message>
    <message>
        <source>path &apos;{path}&apos; names the lesson pack itself, not a file in it</source>
        <translation>la ruta &apos;{path}&apos; nombra el propio paquete de lección, no un archivo dentro de él</translation>
    </message>
    <message>
        <source>zip holds no lesson.yaml</source>
        <translation>el zip no contiene ningún lesson.yaml</translation>
    </message>
    <message>
        <source>no lesson pack here (expected a folder or a .zip)</source>
        <translation>aquí no hay ningún paquete de lección (se esperaba una carpeta o un .zip)</translation>
    </message>
    <message>
        <source>lesson pack has no lesson.yaml</source>
        <translation>el paquete de lección no tiene lesson.yaml</translation>
    </message>
    <message>
        <source>article file has no text</source>
        <translation>el archivo del artículo no tiene texto</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (y %n más)</numerusform>
            <numerusform> (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson packs (*.zip)</source>
        <translation>Paquetes de lección (*.zip)</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Lesson library</source>
        <translation>Biblioteca de lecciones</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Clave de respuestas</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>&amp;Import .zip…</source>
        <translation>&amp;Importar .zip…</translation>
    </message>
    <message>
        <source>Import a lesson pack from a .zip file</source>
        <translation>Importar un paquete de lección desde un archivo .zip</translation>
    </message>
    <message>
        <source>Adds a copy of a shared lesson pack to your lessons.</source>
        <translation>Añade a tus lecciones una copia de un paquete de lección compartido.</translation>
    </message>
    <message>
        <source>Export for &amp;students…</source>
        <translation>Exportar para &amp;estudiantes…</translation>
    </message>
    <message>
        <source>Export for students, without the answer key</source>
        <translation>Exportar para estudiantes, sin la clave de respuestas</translation>
    </message>
    <message>
        <source>A .zip of the lesson without the answer key, to hand out.</source>
        <translation>Un .zip de la lección sin la clave de respuestas, para repartir.</translation>
    </message>
    <message>
        <source>Export for &amp;teachers…</source>
        <translation>Exportar para &amp;docentes…</translation>
    </message>
    <message>
        <source>Export for teachers, with the answer key</source>
        <translation>Exportar para docentes, con la clave de respuestas</translation>
    </message>
    <message>
        <source>A .zip of the lesson with its answer key, for colleagues.</source>
        <translation>Un .zip de la lección con su clave de respuestas, para colegas.</translation>
    </message>
    <message>
        <source>Import a&amp;nnotations…</source>
        <translation>Importar a&amp;notaciones…</translation>
    </message>
    <message>
        <source>Import annotations made in brat, Hypothesis or W3C format on the chosen lesson</source>
        <translation>Importar anotaciones hechas en formato brat, Hypothesis o W3C sobre la lección elegida</translation>
    </message>
    <message>
        <source>Writes one Annotator file per annotator into a class folder you choose, ready to review and grade.</source>
        <translation>Escribe un archivo de Annotator por anotador en la carpeta de clase que elijas, listo para revisar y calificar.</translation>
    </message>
    <message>
        <source>Share the chosen lesson:</source>
        <translation>Compartir la lección elegida:</translation>
    </message>
    <message>
        <source>Open the chosen lesson</source>
        <translation>Abrir la lección elegida</translation>
    </message>
    <message>
        <source>Lessons that come with Annotator</source>
        <translation>Lecciones incluidas en Annotator</translation>
    </message>
    <message>
        <source>Your lessons</source>
        <translation>Tus lecciones</translation>
    </message>
    <message>
        <source>{title} (cannot be opened)</source>
        <translation>{title} (no se puede abrir)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>None yet: make a new lesson or import a .zip</source>
        <translation>Ninguna todavía: crea una lección nueva o importa un .zip</translation>
    </message>
    <message>
        <source>Choose a lesson in the list.</source>
        <translation>Elige una lección de la lista.</translation>
    </message>
    <message>
        <source>This lesson cannot be opened: {problem}</source>
        <translation>Esta lección no se puede abrir: {problem}</translation>
    </message>
    <message>
        <source>“{title}” comes with Annotator.</source>
        <translation>«{title}» viene con Annotator.</translation>
    </message>
    <message>
        <source>“{title}” is kept in {folder}</source>
        <translation>«{title}» se guarda en {folder}</translation>
    </message>
    <message>
        <source>Import a lesson pack</source>
        <translation>Importar un paquete de lección</translation>
    </message>
    <message>
        <source>Lesson not imported</source>
        <translation>Lección no importada</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported, and your lessons are unchanged.

{why}</source>
        <translation>«{name}» no se puede importar y tus lecciones no han cambiado.

{why}</translation>
    </message>
    <message>
        <source>Annotator could not write to {folder}: {why}</source>
        <translation>Annotator no pudo escribir en {folder}: {why}</translation>
    </message>
    <message>
        <source>Imported “{title}” into your lessons.</source>
        <translation>«{title}» importada a tus lecciones.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>Import annotations: choose the class folder to write into</source>
        <translation>Importar anotaciones: elige la carpeta de la clase donde escribirlas</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n annotator(s) on “{title}” into {folder}.</source>
        <translation>
            <numerusform>Importado %n anotador sobre «{title}» en {folder}.</numerusform>
            <numerusform>Importados %n anotadores sobre «{title}» en {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export for teachers (with the answer key)</source>
        <translation>Exportar para docentes (con la clave de respuestas)</translation>
    </message>
    <message>
        <source>Export for students (without the answer key)</source>
        <translation>Exportar para estudiantes (sin la clave de respuestas)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>with its answer key</source>
        <translation>con su clave de respuestas</translation>
    </message>
    <message>
        <source>without the answer key</source>
        <translation>sin la clave de respuestas</translation>
    </message>
    <message>
        <source>Saved “{title}” {what} as {zip}.</source>
        <translation>«{title}» guardada {what} como {zip}.</translation>
    </message>
</context>
<context>
    <name>LockKeeper</name>
    <message>
        <source>Changes made here after {time} are not saved.</source>
        <translation>Los cambios hechos aquí después de las {time} no se guardan.</translation>
    </message>
    <message>
        <source>Changes made here are not saved.</source>
        <translation>Los cambios hechos aquí no se guardan.</translation>
    </message>
    <message>
        <source>this work is now open in {holder}, which saves it. {since} To keep them, hand them in (File ▸ Hand in…).</source>
        <translation>este trabajo está abierto ahora en {holder}, que es quien lo guarda. {since} Para conservarlos, entrégalos (Archivo ▸ Entregar…).</translation>
    </message>
    <message>
        <source>Read only — {why}</source>
        <translation>Solo lectura — {why}</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Aviso de solo lectura</translation>
    </message>
    <message>
        <source>Not saving: open in another window</source>
        <translation>Sin guardar: abierto en otra ventana</translation>
    </message>
    <message>
        <source>Read only: this work is now open in {holder}.</source>
        <translation>Solo lectura: este trabajo está abierto ahora en {holder}.</translation>
    </message>
</context>
<context>
    <name>LockWords</name>
    <message>
        <source>another Annotator window (on {host}, opened at {time})</source>
        <translation>otra ventana de Annotator (en {host}, abierta a las {time})</translation>
    </message>
    <message>
        <source>another computer or window</source>
        <translation>otro ordenador u otra ventana</translation>
    </message>
</context>
<context>
    <name>Looks</name>
    <message>
        <source>solid underline</source>
        <translation>subrayado continuo</translation>
    </message>
    <message>
        <source>dashed underline</source>
        <translation>subrayado de guiones</translation>
    </message>
    <message>
        <source>dotted underline</source>
        <translation>subrayado de puntos</translation>
    </message>
    <message>
        <source>dash-dot underline</source>
        <translation>subrayado de guion y punto</translation>
    </message>
    <message>
        <source>dash-dot-dot underline</source>
        <translation>subrayado de guion y dos puntos</translation>
    </message>
    <message>
        <source>wavy underline</source>
        <translation>subrayado ondulado</translation>
    </message>
    <message>
        <source>lines above and below</source>
        <translation>líneas encima y debajo</translation>
    </message>
    <message>
        <source>wavy underline and a line above</source>
        <translation>subrayado ondulado y una línea encima</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>naranja</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>azul cielo</translation>
    </message>
    <message>
        <source>bluish green</source>
        <translation>verde azulado</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>amarillo</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>azul</translation>
    </message>
    <message>
        <source>vermilion</source>
        <translation>bermellón</translation>
    </message>
    <message>
        <source>reddish purple</source>
        <translation>púrpura rojizo</translation>
    </message>
    <message>
        <source>black</source>
        <translation>negro</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>These types or tags are no category of the lesson. Choose the category each becomes; highlights of a type left out are not imported.</source>
        <translation>Estos tipos o etiquetas no son categorías de la lección. Elige la categoría de cada uno; los subrayados de un tipo omitido no se importan.</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(omitir)</translation>
    </message>
    <message>
        <source>Category for {kind}</source>
        <translation>Categoría para {kind}</translation>
    </message>
    <message>
        <source>(no type or tag)</source>
        <translation>(sin tipo ni etiqueta)</translation>
    </message>
    <message numerus="yes">
        <source>“{kind}” (%n highlight(s))</source>
        <translation>
            <numerusform>«{kind}» (%n subrayado)</numerusform>
            <numerusform>«{kind}» (%n subrayados)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <source>✖ Missed ({category}): {rationale}</source>
        <translation>✖ No encontrado ({category}): {rationale}</translation>
    </message>
    <message numerus="yes">
        <source>{k} of %n students highlighted this</source>
        <translation>
            <numerusform>{k} de %n estudiante resaltó esto</numerusform>
            <numerusform>{k} de %n estudiantes resaltaron esto</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Moodle</name>
    <message>
        <source>its headings mix languages ({headings}); Moodle writes a grading worksheet&apos;s headings all in the teacher&apos;s language and reads them back only in that one: download the worksheet again</source>
        <translation>sus encabezados mezclan idiomas ({headings}); Moodle escribe todos los encabezados de una hoja de calificaciones en el idioma del profesor y solo los lee en ese idioma: vuelve a descargar la hoja</translation>
    </message>
    <message>
        <source>not a Moodle grading worksheet: it has no {missing} column (its columns: {columns}); Annotator reads the worksheet Moodle downloads in English, Spanish or French</source>
        <translation>no es una hoja de calificaciones de Moodle: no tiene columna {missing} (sus columnas: {columns}); Annotator lee la hoja que Moodle descarga en inglés, español o francés</translation>
    </message>
    <message>
        <source>English headings: {headings}</source>
        <translation>encabezados en inglés: {headings}</translation>
    </message>
    <message>
        <source>Spanish headings: {headings}</source>
        <translation>encabezados en español: {headings}</translation>
    </message>
    <message>
        <source>French headings: {headings}</source>
        <translation>encabezados en francés: {headings}</translation>
    </message>
</context>
<context>
    <name>NewLessonDialog</name>
    <message>
        <source>New lesson</source>
        <translation>Nueva lección</translation>
    </message>
    <message>
        <source>Make a lesson from a news article. It starts with the standard categories and four sample prompts; change them afterwards with Edit this lesson…</source>
        <translation>Crea una lección a partir de una noticia. Empieza con las categorías estándar y cuatro preguntas de ejemplo; cámbialas después con Editar esta lección…</translation>
    </message>
    <message>
        <source>From an article &amp;file (.txt, .md, or a web page saved as .html)</source>
        <translation>Desde un &amp;archivo de artículo (.txt, .md o una página web guardada como .html)</translation>
    </message>
    <message>
        <source>Make the lesson from an article file</source>
        <translation>Crear la lección a partir de un archivo de artículo</translation>
    </message>
    <message>
        <source>From text I &amp;paste here</source>
        <translation>Desde un texto que &amp;pego aquí</translation>
    </message>
    <message>
        <source>Make the lesson from pasted text</source>
        <translation>Crear la lección a partir de un texto pegado</translation>
    </message>
    <message>
        <source>&amp;Choose an article file…</source>
        <translation>&amp;Elegir un archivo de artículo…</translation>
    </message>
    <message>
        <source>Choose an article file</source>
        <translation>Elegir un archivo de artículo</translation>
    </message>
    <message>
        <source>A .txt or .md file, or a news page saved from a web browser.</source>
        <translation>Un archivo .txt o .md, o una noticia guardada desde un navegador web.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <source>Article text to paste</source>
        <translation>Texto del artículo para pegar</translation>
    </message>
    <message>
        <source>Paste the article here. Leave a blank line between paragraphs; a short first line without a full stop becomes the headline.</source>
        <translation>Pega aquí el artículo. Deja una línea en blanco entre párrafos; una primera línea corta sin punto final se convierte en el titular.</translation>
    </message>
    <message>
        <source>Lesson title (optional)</source>
        <translation>Título de la lección (opcional)</translation>
    </message>
    <message>
        <source>Optional: leave empty to use the article&apos;s headline</source>
        <translation>Opcional: déjalo vacío para usar el titular del artículo</translation>
    </message>
    <message>
        <source>The name of the lesson in the library and on students&apos; screens.</source>
        <translation>El nombre de la lección en la biblioteca y en las pantallas de los estudiantes.</translation>
    </message>
    <message>
        <source>Lesson &amp;title:</source>
        <translation>&amp;Título de la lección:</translation>
    </message>
    <message>
        <source>Why the lesson could not be made</source>
        <translation>Por qué no se pudo crear la lección</translation>
    </message>
    <message>
        <source>&amp;Make lesson</source>
        <translation>&amp;Crear la lección</translation>
    </message>
    <message>
        <source>Choose an article</source>
        <translation>Elegir un artículo</translation>
    </message>
    <message>
        <source>The file cannot be read: {why}</source>
        <translation>No se puede leer el archivo: {why}</translation>
    </message>
    <message>
        <source>“{name}” cannot be made into a lesson: {why}.</source>
        <translation>No se puede crear una lección con «{name}»: {why}.</translation>
    </message>
    <message>
        <source>The pasted text cannot be made into a lesson: {why}.</source>
        <translation>No se puede crear una lección con el texto pegado: {why}.</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Category of this highlight</source>
        <translation>Categoría de este resaltado</translation>
    </message>
    <message>
        <source>Yes, this is the right place</source>
        <translation>Sí, este es el lugar correcto</translation>
    </message>
    <message>
        <source>Confirm where this highlight was placed</source>
        <translation>Confirmar dónde se colocó este resaltado</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete this highlight</source>
        <translation>Borrar este resaltado</translation>
    </message>
    <message>
        <source>Note: why did you mark this passage?</source>
        <translation>Nota: ¿por qué marcaste este pasaje?</translation>
    </message>
    <message>
        <source>Why did you mark this? (Esc goes back to the article)</source>
        <translation>¿Por qué marcaste esto? (Esc vuelve al artículo)</translation>
    </message>
    <message>
        <source>Your teacher&apos;s comment on this highlight</source>
        <translation>El comentario de tu docente sobre este resaltado</translation>
    </message>
    <message>
        <source>Teacher: {comment}</source>
        <translation>Docente: {comment}</translation>
    </message>
    <message>
        <source>Select a passage in the article, then press a category&apos;s key (1–8) or click a category. Then write why.</source>
        <translation>Selecciona un pasaje del artículo y pulsa la tecla de una categoría (1–8) o haz clic en una categoría. Después escribe por qué.</translation>
    </message>
    <message>
        <source>The article changed here. Check the highlighted place and confirm it.</source>
        <translation>El artículo cambió aquí. Revisa el lugar resaltado y confírmalo.</translation>
    </message>
    <message>
        <source>These words are no longer in the article. Your note is kept.</source>
        <translation>Estas palabras ya no están en el artículo. Tu nota se conserva.</translation>
    </message>
    <message>
        <source>{category} highlight: {quote}</source>
        <translation>Resaltado {category}: {quote}</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Annotator needs your name so your teacher knows whose work this is.</source>
        <translation>Annotator necesita tu nombre para que tu profesor sepa de quién es este trabajo.</translation>
    </message>
    <message>
        <source>Your name is needed</source>
        <translation>Hace falta tu nombre</translation>
    </message>
    <message>
        <source>Type your name to start, or quit Annotator.</source>
        <translation>Escribe tu nombre para empezar, o sal de Annotator.</translation>
    </message>
    <message>
        <source>Type my name</source>
        <translation>Escribir mi nombre</translation>
    </message>
    <message>
        <source>Quit Annotator</source>
        <translation>Salir de Annotator</translation>
    </message>
    <message>
        <source>Your teacher&apos;s feedback file could not be read: {problem}</source>
        <translation>No se pudo leer el archivo de comentarios de tu docente: {problem}</translation>
    </message>
    <message>
        <source>Annotator could not remember your name on this computer.</source>
        <translation>Annotator no pudo recordar tu nombre en este ordenador.</translation>
    </message>
    <message>
        <source>Your saved work could not be read ({why}). It will be kept for your teacher; you start with a fresh copy.</source>
        <translation>No se pudo leer tu trabajo guardado ({why}). Se conservará para tu docente; empiezas con una copia nueva.</translation>
    </message>
    <message>
        <source>Your saved work could not be read ({why}). It was kept as {name} for your teacher; you start with a fresh copy.</source>
        <translation>No se pudo leer tu trabajo guardado ({why}). Se conservó como {name} para tu docente; empiezas con una copia nueva.</translation>
    </message>
    <message>
        <source>this is the copy your teacher returned, with their comments; it stays as it was graded. Your own work goes on when you start Annotator as usual.</source>
        <translation>esta es la copia que te devolvió tu docente, con sus comentarios; se queda tal como se calificó. Tu propio trabajo sigue cuando abres Annotator como siempre.</translation>
    </message>
    <message>
        <source>Annotator cannot save your work on this computer ({why}). You can read and work; your work stays open here and is saved as soon as it can be. Ask your teacher or the school&apos;s IT staff, or hand your work in to another folder (File ▸ Hand in…).</source>
        <translation>Annotator no puede guardar tu trabajo en este ordenador ({why}). Puedes leer y trabajar; tu trabajo sigue abierto aquí y se guardará en cuanto se pueda. Pregunta a tu docente o al personal de informática del centro, o entrega tu trabajo en otra carpeta (Archivo ▸ Entregar…).</translation>
    </message>
    <message>
        <source>this work is open in {holder}. Changes here would not be saved.</source>
        <translation>este trabajo está abierto en {holder}. Los cambios hechos aquí no se guardarían.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Todavía sin guardar.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) could not be found in this article; they are listed in My highlights.</source>
        <translation>
            <numerusform>%n resaltado no se encontró en este artículo; aparece en Mis resaltados.</numerusform>
            <numerusform>%n resaltados no se encontraron en este artículo; aparecen en Mis resaltados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromptsPage</name>
    <message>
        <source>Prompts</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>The questions students answer, in the order they see them.</source>
        <translation>Las preguntas que responden los estudiantes, en el orden en que las ven.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a prompt</source>
        <translation>Añadir una pregunta</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove this prompt</source>
        <translation>Quitar esta pregunta</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move this prompt up</source>
        <translation>Subir esta pregunta</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Move this prompt down</source>
        <translation>Bajar esta pregunta</translation>
    </message>
    <message>
        <source>Selected prompt</source>
        <translation>Pregunta elegida</translation>
    </message>
    <message>
        <source>Prompt question</source>
        <translation>Enunciado de la pregunta</translation>
    </message>
    <message>
        <source>The question or task students see</source>
        <translation>La pregunta o tarea que ven los estudiantes</translation>
    </message>
    <message>
        <source>Categories this prompt is about</source>
        <translation>Categorías de esta pregunta</translation>
    </message>
    <message>
        <source>Tick the categories whose highlights answer this prompt (Space ticks).</source>
        <translation>Marca las categorías cuyos resaltados responden a esta pregunta (la barra espaciadora marca).</translation>
    </message>
    <message>
        <source>Highlights expected</source>
        <translation>Resaltados esperados</translation>
    </message>
    <message>
        <source>How many highlights a complete answer has; 0 for none.</source>
        <translation>Cuántos resaltados tiene una respuesta completa; 0 si ninguno.</translation>
    </message>
    <message>
        <source>A &amp;note on each highlight</source>
        <translation>Una &amp;nota en cada resaltado</translation>
    </message>
    <message>
        <source>Expect a note on each highlight</source>
        <translation>Esperar una nota en cada resaltado</translation>
    </message>
    <message>
        <source>A written answ&amp;er</source>
        <translation>Una respuesta &amp;escrita</translation>
    </message>
    <message>
        <source>Expect a written answer</source>
        <translation>Esperar una respuesta escrita</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>The most points the automatic score gives this prompt.</source>
        <translation>El máximo de puntos que la puntuación automática da a esta pregunta.</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>Pre&amp;gunta:</translation>
    </message>
    <message>
        <source>Abou&amp;t the
categories:</source>
        <translation>So&amp;bre las
categorías:</translation>
    </message>
    <message>
        <source>&amp;Highlights expected:</source>
        <translation>&amp;Resaltados esperados:</translation>
    </message>
    <message>
        <source>Expects:</source>
        <translation>Espera:</translation>
    </message>
    <message>
        <source>P&amp;oints:</source>
        <translation>P&amp;untos:</translation>
    </message>
    <message>
        <source>(new prompt: type its question)</source>
        <translation>(pregunta nueva: escribe su enunciado)</translation>
    </message>
</context>
<context>
    <name>PromptsPanel</name>
    <message>
        <source>Feedback from your teacher</source>
        <translation>Comentarios de tu docente</translation>
    </message>
    <message>
        <source>Total: {total}</source>
        <translation>Total: {total}</translation>
    </message>
    <message>
        <source>In this lesson you will:</source>
        <translation>En esta lección vas a:</translation>
    </message>
    <message>
        <source>Progress on prompt {n}</source>
        <translation>Avance en la pregunta {n}</translation>
    </message>
    <message>
        <source>Teacher: {said}</source>
        <translation>Docente: {said}</translation>
    </message>
    <message>
        <source>Your teacher&apos;s comment on prompt {n}</source>
        <translation>El comentario de tu docente sobre la pregunta {n}</translation>
    </message>
    <message>
        <source>Your answer to prompt {n}</source>
        <translation>Tu respuesta a la pregunta {n}</translation>
    </message>
    <message>
        <source>Write your answer here</source>
        <translation>Escribe aquí tu respuesta</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>passages</source>
        <translation>pasajes</translation>
    </message>
    <message>
        <source>{tick}{done} of {wanted} marked ({what})</source>
        <translation>{tick}{done} de {wanted} marcados ({what})</translation>
    </message>
    <message>
        <source>{done} marked ({what})</source>
        <translation>{done} marcados ({what})</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Article: {source}</source>
        <translation>Artículo: {source}</translation>
    </message>
    <message>
        <source>File: {file}</source>
        <translation>Archivo: {file}</translation>
    </message>
    <message>
        <source>Last changed: {time}</source>
        <translation>Último cambio: {time}</translation>
    </message>
    <message>
        <source>%d %B %Y, %H:%M</source>
        <translation>%d/%m/%Y, %H:%M</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>{n} as {category}</source>
        <translation>{n} como {category}</translation>
    </message>
    <message>
        <source>not found in the article</source>
        <translation>no encontrado en el artículo</translation>
    </message>
    <message>
        <source>the article changed here</source>
        <translation>el artículo cambió aquí</translation>
    </message>
    <message>
        <source>{points} point(s)</source>
        <translation>{points} punto(s)</translation>
    </message>
    <message>
        <source>Prompt {n}: {text}</source>
        <translation>Pregunta {n}: {text}</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Estudiante:</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>(key passages under no prompt)</source>
        <translation>(pasajes clave sin pregunta)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Score: {total} of {max}.</source>
        <translation>Puntuación: {total} de {max}.</translation>
    </message>
    <message>
        <source>Key passages found: {found} of {items}; missed: {missed}; highlights matching no key passage: {extra}.</source>
        <translation>Pasajes clave encontrados: {found} de {items}; no encontrados: {missed}; resaltados que no coinciden con ningún pasaje clave: {extra}.</translation>
    </message>
    <message>
        <source>Teacher&apos;s feedback</source>
        <translation>Comentarios del docente</translation>
    </message>
    <message>
        <source>Prompts and answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <source>Prompt {n}</source>
        <translation>Pregunta {n}</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Docente:</translation>
    </message>
    <message numerus="yes">
        <source>Highlights (%n)</source>
        <translation>
            <numerusform>Resaltados (%n)</numerusform>
            <numerusform>Resaltados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>✓ Matches the key:</source>
        <translation>✓ Coincide con la clave:</translation>
    </message>
    <message>
        <source>✓ Matches the key.</source>
        <translation>✓ Coincide con la clave.</translation>
    </message>
    <message>
        <source>• Matches no key passage.</source>
        <translation>• No coincide con ningún pasaje clave.</translation>
    </message>
    <message>
        <source>⚠ The key says:</source>
        <translation>⚠ La clave dice:</translation>
    </message>
    <message>
        <source>Key passages</source>
        <translation>Pasajes clave</translation>
    </message>
    <message>
        <source>✓ found</source>
        <translation>✓ encontrado</translation>
    </message>
    <message>
        <source>✗ missed</source>
        <translation>✗ no encontrado</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>Highlighted, but as {categories}.</source>
        <translation>Resaltado, pero como {categories}.</translation>
    </message>
    <message>
        <source>Work:</source>
        <translation>Trabajo:</translation>
    </message>
    <message>
        <source>The class and the key</source>
        <translation>La clase y la clave</translation>
    </message>
    <message>
        <source>How all {n} students did on each key passage; a passage counts as taken for another category when a student highlighted enough of it only in categories the key does not accept there.</source>
        <translation>Cómo les fue a los {n} estudiantes en cada pasaje clave; un pasaje cuenta como tomado por otra categoría cuando un estudiante resaltó suficiente de él solo en categorías que la clave no acepta ahí.</translation>
    </message>
    <message>
        <source>Key passage</source>
        <translation>Pasaje clave</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperada</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Encontrado por</translation>
    </message>
    <message>
        <source>Taken as</source>
        <translation>Tomado como</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>{n} of {m}</source>
        <translation>{n} de {m}</translation>
    </message>
    <message>
        <source>Which category the class gave the key&apos;s passages</source>
        <translation>Qué categoría dio la clase a los pasajes de la clave</translation>
    </message>
    <message>
        <source>A row per category the key expects; each cell counts passages of that row times students. The diagonal agrees with the key.</source>
        <translation>Una fila por cada categoría que espera la clave; cada celda cuenta pasajes de esa fila por estudiantes. La diagonal coincide con la clave.</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>note: {student} ({file}) has no Canvas user id (the file is not from a Canvas download); Canvas may not find the row: --fill with the gradebook Canvas exports is surer</source>
        <translation>nota: {student} ({file}) no tiene id de usuario de Canvas (el archivo no viene de una descarga de Canvas); puede que Canvas no encuentre la fila: --fill con el libro que exporta Canvas es más seguro</translation>
    </message>
    <message>
        <source>{student} ({file}) is left out: no Moodle participant id (the file is not from a Moodle download); --fill the grading worksheet Moodle gives instead</source>
        <translation>{student} ({file}) queda fuera: no tiene id de participante de Moodle (el archivo no viene de una descarga de Moodle); usa --fill con la hoja de calificaciones que da Moodle</translation>
    </message>
    <message>
        <source>note: the Identifier {cell} has no participant number, so Moodle will not import this row</source>
        <translation>nota: el Identificador {cell} no tiene número de participante, así que Moodle no importará esta fila</translation>
    </message>
    <message>
        <source>{student} ({file}) is not in this gradebook: graded in the grades CSV, not filled in here</source>
        <translation>{student} ({file}) no está en este libro de calificaciones: calificado en el CSV de notas, no rellenado aquí</translation>
    </message>
    <message>
        <source>{student} and {other} both match this row; it is left as it was</source>
        <translation>{student} y {other} corresponden ambos a esta fila; se deja como estaba</translation>
    </message>
    <message>
        <source>the cell for {student} holds a formula ({formula}); it is kept as it was, not filled</source>
        <translation>la celda de {student} contiene una fórmula ({formula}); se conserva como estaba, sin rellenar</translation>
    </message>
    <message>
        <source>the report on {student} ({file}) is not in it: {lms} cannot tell whose it is without the student&apos;s id from its download</source>
        <translation>el informe de {student} ({file}) no está en él: {lms} no puede saber de quién es sin el id del estudiante de su descarga</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>This lesson could not be opened: {path}</source>
        <translation>No se pudo abrir esta lección: {path}</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review: {title} — Annotator</source>
        <translation>Revisión: {title} — Annotator</translation>
    </message>
    <message>
        <source>Feedback saved at {time}</source>
        <translation>Comentarios guardados a las {time}</translation>
    </message>
    <message>
        <source>Could not save feedback ({why}); Annotator keeps trying.</source>
        <translation>No se pudieron guardar los comentarios ({why}); Annotator lo sigue intentando.</translation>
    </message>
    <message>
        <source>Key, feedback and class</source>
        <translation>Clave, comentarios y clase</translation>
    </message>
    <message>
        <source>Key, feedback and class tabs</source>
        <translation>Pestañas de clave, comentarios y clase</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import annotations (brat, Hypothesis, W3C)…</source>
        <translation>I&amp;mportar anotaciones (brat, Hypothesis, W3C)…</translation>
    </message>
    <message>
        <source>Export &amp;grades (CSV)…</source>
        <translation>Exportar &amp;notas (CSV)…</translation>
    </message>
    <message>
        <source>Export &amp;reports (HTML and PDF)…</source>
        <translation>Exportar &amp;informes (HTML y PDF)…</translation>
    </message>
    <message>
        <source>Export &amp;debrief for the class (HTML and PDF)…</source>
        <translation>Exportar &amp;puesta en común para la clase (HTML y PDF)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Compare with the &amp;key</source>
        <translation>Comparar con la &amp;clave</translation>
    </message>
    <message>
        <source>Class &amp;heat map</source>
        <translation>&amp;Mapa de calor de la clase</translation>
    </message>
    <message>
        <source>&amp;Consensus for the class (full screen)</source>
        <translation>C&amp;onsenso de la clase (pantalla completa)</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) with files</source>
        <translation>
            <numerusform>%n problema con archivos</numerusform>
            <numerusform>%n problemas con archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>this pack has no answer key, so nothing is scored</source>
        <translation>este paquete no tiene clave de respuestas, así que no se puntúa nada</translation>
    </message>
    <message>
        <source>Measured when the Class tab is first opened.</source>
        <translation>Se mide la primera vez que se abre la pestaña Clase.</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) sent to the answer key as drafts</source>
        <translation>
            <numerusform>%n pasaje enviado a la clave de respuestas como borrador</numerusform>
            <numerusform>%n pasajes enviados a la clave de respuestas como borradores</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer key</source>
        <translation>Sin clave de respuestas</translation>
    </message>
    <message>
        <source>This lesson pack has no key, so there are no scores.</source>
        <translation>Este paquete de lección no tiene clave, así que no hay puntuaciones.</translation>
    </message>
    <message>
        <source>Export grades</source>
        <translation>Exportar notas</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <source>Grades written to {file}</source>
        <translation>Notas escritas en {file}</translation>
    </message>
    <message>
        <source>Export reports: choose a folder</source>
        <translation>Exportar informes: elige una carpeta</translation>
    </message>
    <message>
        <source>{n} reports written to {folder}: &apos;teacher&apos; with the key, &apos;students&apos; without it, to hand back</source>
        <translation>{n} informes escritos en {folder}: &apos;teacher&apos; con la clave, &apos;students&apos; sin ella, para devolver</translation>
    </message>
    <message>
        <source>Export the debrief: choose a folder</source>
        <translation>Exportar la puesta en común: elige una carpeta</translation>
    </message>
    <message>
        <source> With fewer than three students it is not anonymous.</source>
        <translation> Con menos de tres estudiantes no es anónima.</translation>
    </message>
    <message>
        <source>Debrief written to {files}.</source>
        <translation>Puesta en común escrita en {files}.</translation>
    </message>
    <message>
        <source>Import annotations: choose the class folder</source>
        <translation>Importar anotaciones: elige la carpeta de la clase</translation>
    </message>
    <message>
        <source>Feedback not saved</source>
        <translation>Comentarios sin guardar</translation>
    </message>
    <message>
        <source>Annotator could not save the feedback files.</source>
        <translation>Annotator no pudo guardar los archivos de comentarios.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>a teacher&apos;s feedback file, not a student&apos;s work; not graded</source>
        <translation>un archivo de comentarios del docente, no el trabajo de un estudiante; no se califica</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>made for lesson &apos;{made_for}&apos;, not &apos;{lesson}&apos;; not graded</source>
        <translation>hecho para la lección &apos;{made_for}&apos;, no &apos;{lesson}&apos;; no se califica</translation>
    </message>
    <message>
        <source>note: made for a different text of the article; passages found again ({summary})</source>
        <translation>nota: hecho para otro texto del artículo; pasajes encontrados de nuevo ({summary})</translation>
    </message>
    <message>
        <source>no annotations</source>
        <translation>sin anotaciones</translation>
    </message>
    <message numerus="yes">
        <source>note: %n annotation(s) not found in the article (orphaned); they count as extra</source>
        <translation>
            <numerusform>nota: %n anotación no encontrada en el artículo (huérfana); cuenta como de más</numerusform>
            <numerusform>nota: %n anotaciones no encontradas en el artículo (huérfanas); cuentan como de más</numerusform>
        </translation>
    </message>
    <message>
        <source> (feedback not applied)</source>
        <translation> (comentarios no aplicados)</translation>
    </message>
    <message>
        <source>feedback is for lesson &apos;{lesson}&apos;; not applied</source>
        <translation>los comentarios son de la lección &apos;{lesson}&apos;; no se aplican</translation>
    </message>
    <message>
        <source>feedback is about {student}, but {file} is by {author}; not applied</source>
        <translation>los comentarios son sobre {student}, pero {file} es de {author}; no se aplican</translation>
    </message>
    <message>
        <source>note: no prompt &apos;{prompt}&apos; in this lesson; its score is ignored</source>
        <translation>nota: no hay ninguna pregunta &apos;{prompt}&apos; en esta lección; su puntuación se ignora</translation>
    </message>
    <message>
        <source>not a YAML file ({suffix}); only handed-in .yaml files are graded</source>
        <translation>no es un archivo YAML ({suffix}); solo se califican los archivos .yaml entregados</translation>
    </message>
    <message>
        <source>is a lesson pack, not a student&apos;s work; not graded</source>
        <translation>es un paquete de lección, no el trabajo de un estudiante; no se califica</translation>
    </message>
    <message>
        <source>is a link to a folder, which is not followed; give the folder itself to grade the files in it</source>
        <translation>es un enlace a una carpeta, que no se sigue; indica la carpeta misma para calificar sus archivos</translation>
    </message>
    <message>
        <source>is a folder, not a file; only handed-in .yaml files are graded</source>
        <translation>es una carpeta, no un archivo; solo se califican los archivos .yaml entregados</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sin extensión</translation>
    </message>
    <message>
        <source>note: {note}; graded as it is</source>
        <translation>nota: {note}; se califica tal como está</translation>
    </message>
    <message>
        <source>note: {lms} says {lms_name} (id {lms_id}) handed this in; the file says {typed}; graded as {typed}</source>
        <translation>nota: {lms} dice que {lms_name} (id {lms_id}) lo entregó; el archivo dice {typed}; calificado como {typed}</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message numerus="yes">
        <source>%n students named {name} with no student number, whose work began at different times: each is graded ({files})</source>
        <translation>
            <numerusform>%n estudiante llamado {name} sin número de estudiante, cuyo trabajo empezó en momentos distintos: se califica a cada uno ({files})</numerusform>
            <numerusform>%n estudiantes llamados {name} sin número de estudiante, cuyo trabajo empezó en momentos distintos: se califica a cada uno ({files})</numerusform>
        </translation>
    </message>
    <message>
        <source>{student} handed in more than once; graded the newer {newer}, not this file</source>
        <translation>{student} entregó más de una vez; se califica el más reciente, {newer}, no este archivo</translation>
    </message>
    <message>
        <source>is inside the lesson pack; write grades and reports somewhere else</source>
        <translation>está dentro del paquete de lección; escribe las notas y los informes en otro sitio</translation>
    </message>
    <message>
        <source>is one of the class&apos;s files; choose a new file name</source>
        <translation>es uno de los archivos de la clase; elige un nombre de archivo nuevo</translation>
    </message>
    <message>
        <source>is inside the class folder and is not a {suffix} file; choose a name ending in {suffix}</source>
        <translation>está dentro de la carpeta de la clase y no es un archivo {suffix}; elige un nombre que termine en {suffix}</translation>
    </message>
    <message>
        <source>is the class folder itself (or holds it); choose a separate folder for reports</source>
        <translation>es la propia carpeta de la clase (o la contiene); elige una carpeta aparte para los informes</translation>
    </message>
    <message>
        <source>is a link to nothing (or to itself, a loop); choose another name</source>
        <translation>es un enlace que no lleva a nada (o a sí mismo, un bucle); elige otro nombre</translation>
    </message>
    <message>
        <source>is a file, not a folder</source>
        <translation>es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>is a folder; give a file name ending in {suffix}</source>
        <translation>es una carpeta; indica un nombre de archivo que termine en {suffix}</translation>
    </message>
    <message>
        <source>already holds an Annotator file; choose a new file name ending in {suffix}</source>
        <translation>ya contiene un archivo de Annotator; elige un nombre de archivo nuevo que termine en {suffix}</translation>
    </message>
</context>
<context>
    <name>Schemas</name>
    <message>
        <source>true/false</source>
        <translation>verdadero/falso</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a mapping of fields</source>
        <translation>un conjunto de campos</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>{value} does not match {pattern}</source>
        <translation>{value} no sigue el patrón {pattern}</translation>
    </message>
    <message>
        <source>there may be more problems: a file this large is only checked up to its first one; fix it and check again</source>
        <translation>puede haber más problemas: un archivo tan grande solo se revisa hasta el primero; corrígelo y vuelve a revisarlo</translation>
    </message>
    <message>
        <source>does not match its schema: {first}</source>
        <translation>no sigue su esquema: {first}</translation>
    </message>
    <message>
        <source>missing required field &apos;{field}&apos;</source>
        <translation>falta el campo obligatorio &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (did you mean &apos;{hint}&apos;?)</source>
        <translation>campo desconocido &apos;{field}&apos; (¿querías decir &apos;{hint}&apos;?)</translation>
    </message>
    <message>
        <source>unknown field &apos;{field}&apos; (allowed: {allowed})</source>
        <translation>campo desconocido &apos;{field}&apos; (se admiten: {allowed})</translation>
    </message>
    <message>
        <source>must be &apos;{wanted}&apos; (found {found})</source>
        <translation>debe ser &apos;{wanted}&apos; (se encontró {found})</translation>
    </message>
    <message>
        <source>{value} is not one of: {choices}</source>
        <translation>{value} no es ninguno de estos: {choices}</translation>
    </message>
    <message>
        <source>{value} has the wrong form</source>
        <translation>{value} no tiene la forma correcta</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>{value} must be lower-case letters, digits and dashes (like &apos;unnamed-source&apos;)</source>
        <translation>{value} debe tener solo minúsculas, cifras y guiones (como &apos;unnamed-source&apos;)</translation>
    </message>
    <message>
        <source>{value} must be a colour like &apos;#0072B2&apos;</source>
        <translation>{value} debe ser un color como &apos;#0072B2&apos;</translation>
    </message>
    <message>
        <source>{value} must be a single letter or digit</source>
        <translation>{value} debe ser una sola letra o cifra</translation>
    </message>
    <message>
        <source>{value} must be a SHA-256 digest (64 hex digits)</source>
        <translation>{value} debe ser un resumen SHA-256 (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>{value} must be 1-32 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>{value} debe tener de 1 a 32 letras, cifras, &apos;-&apos; o &apos;_&apos;</translation>
    </message>
    <message>
        <source>is empty; expected {wanted}</source>
        <translation>está vacío; se esperaba {wanted}</translation>
    </message>
    <message>
        <source>expected text, but YAML reads {raw} as {read_as} ({value}); put it in quotes: &apos;{raw}&apos;</source>
        <translation>se esperaba texto, pero YAML lee {raw} como {read_as} ({value}); ponlo entre comillas: &apos;{raw}&apos;</translation>
    </message>
    <message>
        <source>expected {wanted}, found {found}</source>
        <translation>se esperaba {wanted}, se encontró {found}</translation>
    </message>
    <message>
        <source>expected an Annotator {kind} file: a mapping of fields starting with &apos;schema:&apos;</source>
        <translation>se esperaba un archivo {kind} de Annotator: un conjunto de campos que empiece por &apos;schema:&apos;</translation>
    </message>
    <message>
        <source>this is a &apos;{found}&apos; file, not a {kind} file</source>
        <translation>este es un archivo &apos;{found}&apos;, no un archivo {kind}</translation>
    </message>
    <message>
        <source>{value} is not a number Annotator can use: at most {largest}, and never .inf or .nan</source>
        <translation>{value} no es un número que Annotator pueda usar: como máximo {largest}, y nunca .inf ni .nan</translation>
    </message>
</context>
<context>
    <name>School</name>
    <message>
        <source>The school&apos;s settings file is ignored because it could not be used: {problem}</source>
        <translation>Se ignora el archivo de configuración del centro porque no se pudo usar: {problem}</translation>
    </message>
    <message>
        <source>The folder {folder} named in the school&apos;s settings file {path} does not exist; it is left out.</source>
        <translation>La carpeta {folder} indicada en el archivo de configuración del centro {path} no existe; se omite.</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>screenshot written to {file}</source>
        <translation>captura de pantalla guardada en {file}</translation>
    </message>
    <message>
        <source>could not write {file}</source>
        <translation>no se pudo escribir {file}</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Annotations made in another program become one Annotator file per annotator, placed on this lesson&apos;s article.</source>
        <translation>Las anotaciones hechas en otro programa se convierten en un archivo de Annotator por anotador, situadas en el artículo de esta lección.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Elegir a&amp;rchivos…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Elegir una car&amp;peta…</translation>
    </message>
    <message>
        <source>Nothing chosen yet.</source>
        <translation>Aún no se ha elegido nada.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>brat (.ann and .txt files)</source>
        <translation>brat (archivos .ann y .txt)</translation>
    </message>
    <message>
        <source>Hypothesis (JSON of its API)</source>
        <translation>Hypothesis (JSON de su API)</translation>
    </message>
    <message>
        <source>W3C Web Annotation (JSON-LD)</source>
        <translation>W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <source>Choose the files to import</source>
        <translation>Elige los archivos que importar</translation>
    </message>
    <message>
        <source>Choose the folder to import</source>
        <translation>Elige la carpeta que importar</translation>
    </message>
    <message>
        <source>To import: {files}</source>
        <translation>Para importar: {files}</translation>
    </message>
</context>
<context>
    <name>StudentView</name>
    <message>
        <source>Compare with the key</source>
        <translation>Comparar con la clave</translation>
    </message>
    <message>
        <source>Class heat map</source>
        <translation>Mapa de calor de la clase</translation>
    </message>
    <message>
        <source>Show the class heat map</source>
        <translation>Mostrar el mapa de calor de la clase</translation>
    </message>
    <message>
        <source>Heat map category</source>
        <translation>Categoría del mapa de calor</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>The article with the chosen student&apos;s highlights</source>
        <translation>El artículo con los resaltados del estudiante elegido</translation>
    </message>
    <message numerus="yes">
        <source>Class heat map: darker = more of the %n student(s) marked it</source>
        <translation>
            <numerusform>Mapa de calor de la clase: más oscuro = más de los %n estudiantes lo marcaron</numerusform>
            <numerusform>Mapa de calor de la clase: más oscuro = más de los %n estudiantes lo marcaron</numerusform>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Read only: {why}</source>
        <translation>Solo lectura: {why}</translation>
    </message>
    <message>
        <source>Your work is saved automatically to {file}</source>
        <translation>Tu trabajo se guarda automáticamente en {file}</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Título de la lección</translation>
    </message>
    <message>
        <source>Working as {name}</source>
        <translation>Trabajando como {name}</translation>
    </message>
    <message>
        <source>Who is working</source>
        <translation>Quién está trabajando</translation>
    </message>
    <message>
        <source>Read only — {why}</source>
        <translation>Solo lectura — {why}</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Aviso de solo lectura</translation>
    </message>
    <message>
        <source>Prompts and highlights</source>
        <translation>Preguntas y resaltados</translation>
    </message>
    <message>
        <source>Prompts and highlights tabs</source>
        <translation>Pestañas de preguntas y resaltados</translation>
    </message>
    <message>
        <source>The lesson&apos;s prompts (the arrow keys scroll them)</source>
        <translation>Las preguntas de la lección (las flechas las desplazan)</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>My highlights</source>
        <translation>Mis resaltados</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Agrupar por:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Group highlights by</source>
        <translation>Agrupar los resaltados por</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Hand in…</source>
        <translation>&amp;Entregar…</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>Guardar ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Delete highlight</source>
        <translation>&amp;Eliminar resaltado</translation>
    </message>
    <message>
        <source>Select whole &amp;sentence</source>
        <translation>Seleccionar la &amp;oración entera</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Back to the &amp;article</source>
        <translation>Volver al &amp;artículo</translation>
    </message>
    <message>
        <source>&amp;Bigger text</source>
        <translation>&amp;Agrandar el texto</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Reducir el texto</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>Show &amp;prompts</source>
        <translation>Mostrar las &amp;preguntas</translation>
    </message>
    <message>
        <source>Show &amp;my highlights</source>
        <translation>Mostrar &amp;mis resaltados</translation>
    </message>
    <message>
        <source>Mark as {label}</source>
        <translation>Marcar como {label}</translation>
    </message>
</context>
<context>
    <name>TeacherTools</name>
    <message>
        <source>&amp;Open a saved or returned file…</source>
        <translation>&amp;Abrir un archivo guardado o devuelto…</translation>
    </message>
    <message>
        <source>&amp;Switch student…</source>
        <translation>&amp;Cambiar de estudiante…</translation>
    </message>
    <message>
        <source> — not you? File ▸ Switch student</source>
        <translation> — ¿no eres tú? Archivo ▸ Cambiar de estudiante</translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation>&amp;Docente</translation>
    </message>
    <message>
        <source>&amp;Lesson library…</source>
        <translation>&amp;Biblioteca de lecciones…</translation>
    </message>
    <message>
        <source>&amp;New lesson…</source>
        <translation>&amp;Nueva lección…</translation>
    </message>
    <message>
        <source>&amp;Edit this lesson…</source>
        <translation>&amp;Editar esta lección…</translation>
    </message>
    <message>
        <source>&amp;Answer key for this lesson…</source>
        <translation>&amp;Clave de respuestas de esta lección…</translation>
    </message>
    <message>
        <source>This lesson could not be opened: {p}</source>
        <translation>No se pudo abrir esta lección: {p}</translation>
    </message>
    <message>
        <source>Open a saved or returned file</source>
        <translation>Abrir un archivo guardado o devuelto</translation>
    </message>
    <message>
        <source>Annotator work (*.yaml *.yml)</source>
        <translation>Trabajo de Annotator (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Already open</source>
        <translation>Ya está abierto</translation>
    </message>
    <message>
        <source>This is the work you have open.</source>
        <translation>Este es el trabajo que tienes abierto.</translation>
    </message>
    <message>
        <source>Import the lesson first (Teacher ▸ Lesson library).</source>
        <translation>Importa primero la lección (Docente ▸ Biblioteca de lecciones).</translation>
    </message>
    <message>
        <source>Ask your teacher for the lesson.</source>
        <translation>Pide la lección a tu docente.</translation>
    </message>
    <message>
        <source>Lesson not found</source>
        <translation>Lección no encontrada</translation>
    </message>
    <message>
        <source>This file is for the lesson &apos;{id}&apos;, which is not in your lesson library. {where}</source>
        <translation>Este archivo es de la lección &apos;{id}&apos;, que no está en tu biblioteca de lecciones. {where}</translation>
    </message>
    <message>
        <source>This file could not be opened: {p}</source>
        <translation>No se pudo abrir este archivo: {p}</translation>
    </message>
    <message>
        <source>Copied to your library</source>
        <translation>Copiada a tu biblioteca</translation>
    </message>
    <message>
        <source>This lesson is shared, so Annotator made your own copy to change:
{p}</source>
        <translation>Esta lección es compartida, así que Annotator hizo una copia tuya para cambiarla:
{p}</translation>
    </message>
    <message>
        <source>Lesson not made</source>
        <translation>Lección no creada</translation>
    </message>
    <message>
        <source>Lesson not saved</source>
        <translation>Lección no guardada</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Clave de respuestas</translation>
    </message>
    <message>
        <source>the key is open in {holder}</source>
        <translation>la clave está abierta en {holder}</translation>
    </message>
    <message>
        <source>The passages were not added: {why}.</source>
        <translation>No se añadieron los pasajes: {why}.</translation>
    </message>
    <message numerus="yes">
        <source>%n draft passage(s) from the class added ({m} already in the key); each rationale starts with &apos;Draft from the class&apos;.</source>
        <translation>
            <numerusform>Se añadió %n borrador de pasaje de la clase ({m} ya estaban en la clave); su justificación empieza con &apos;Borrador de la clase&apos;.</numerusform>
            <numerusform>Se añadieron %n borradores de pasaje de la clase ({m} ya estaban en la clave); cada justificación empieza con &apos;Borrador de la clase&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>W3CFiles</name>
    <message>
        <source>not W3C Web Annotation JSON: expected an AnnotationCollection with its first page, an AnnotationPage or an Annotation</source>
        <translation>no es JSON de W3C Web Annotation: se esperaba una AnnotationCollection con su primera página, una AnnotationPage o una Annotation</translation>
    </message>
    <message>
        <source>item {n} is not an Annotation</source>
        <translation>el elemento {n} no es una Annotation</translation>
    </message>
    <message>
        <source>only {selectors}</source>
        <translation>solo {selectors}</translation>
    </message>
    <message>
        <source>no selector</source>
        <translation>ningún selector</translation>
    </message>
    <message>
        <source>annotation {n}: {found}; Annotator finds a passage by its TextQuoteSelector, so it is not imported</source>
        <translation>anotación {n}: {found}; Annotator encuentra un pasaje por su TextQuoteSelector, así que no se importa</translation>
    </message>
</context>
<context>
    <name>Wayfinding</name>
    <message>
        <source>Next highlight</source>
        <translation>Resaltado siguiente</translation>
    </message>
    <message>
        <source>Previous highlight</source>
        <translation>Resaltado anterior</translation>
    </message>
    <message>
        <source>Next heading</source>
        <translation>Título siguiente</translation>
    </message>
    <message>
        <source>Previous heading</source>
        <translation>Título anterior</translation>
    </message>
    <message>
        <source>To write a note, put the caret in a highlight (F8 goes to the next one), then press Enter.</source>
        <translation>Para escribir una nota, pon el cursor en un resaltado (F8 lleva al siguiente) y pulsa Intro.</translation>
    </message>
    <message>
        <source>Nothing is highlighted yet. Select some words, then press a category&apos;s key.</source>
        <translation>Todavía no hay nada resaltado. Selecciona algunas palabras y pulsa la tecla de una categoría.</translation>
    </message>
    <message>
        <source>Highlight {n} of {count}, {category}: {quote}. Note: {note}</source>
        <translation>Resaltado {n} de {count}, {category}: {quote}. Nota: {note}</translation>
    </message>
    <message>
        <source>Highlight {n} of {count}, {category}: {quote}. No note yet.</source>
        <translation>Resaltado {n} de {count}, {category}: {quote}. Todavía sin nota.</translation>
    </message>
    <message>
        <source>This article has no headings.</source>
        <translation>Este artículo no tiene títulos.</translation>
    </message>
    <message>
        <source>Heading {n} of {count}, level {level}: {text}</source>
        <translation>Título {n} de {count}, nivel {level}: {text}</translation>
    </message>
    <message>
        <source>Heading level {level}</source>
        <translation>Título de nivel {level}</translation>
    </message>
</context>
<context>
    <name>WebPages</name>
    <message>
        <source>importing web pages needs the trafilatura package, which is missing</source>
        <translation>para importar páginas web hace falta el paquete trafilatura, que no está instalado</translation>
    </message>
    <message>
        <source>the web page could not be read ({why})</source>
        <translation>no se pudo leer la página web ({why})</translation>
    </message>
    <message>
        <source>no article was found in this web page (save the article&apos;s own page)</source>
        <translation>no se encontró ningún artículo en esta página web (guarda la página del propio artículo)</translation>
    </message>
</context>
<context>
    <name>WorkFile</name>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>annotation id &apos;{id}&apos; is used twice</source>
        <translation>el id de anotación &apos;{id}&apos; se usa dos veces</translation>
    </message>
    <message>
        <source>end {end} is before start {start}</source>
        <translation>el final {end} está antes del inicio {start}</translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s) like these</source>
        <translation>
            <numerusform>y %n problema más como estos</numerusform>
            <numerusform>y %n problemas más como estos</numerusform>
        </translation>
    </message>
    <message>
        <source>may be cut short or edited by hand: its first line says Annotator wrote it, but it does not end with the &apos;annotator-digest&apos; line Annotator ends its files with</source>
        <translation>puede estar cortado o editado a mano: su primera línea dice que lo escribió Annotator, pero no termina con la línea &apos;annotator-digest&apos; con la que Annotator termina sus archivos</translation>
    </message>
    <message>
        <source>may be cut short or edited by hand: its first line says Annotator wrote it, but its &apos;annotator-digest&apos; line does not match the text above it</source>
        <translation>puede estar cortado o editado a mano: su primera línea dice que lo escribió Annotator, pero su línea &apos;annotator-digest&apos; no coincide con el texto de arriba</translation>
    </message>
    <message>
        <source>no category &apos;{category}&apos; in lesson &apos;{lesson}&apos; (it has: {known})</source>
        <translation>no hay ninguna categoría &apos;{category}&apos; en la lección &apos;{lesson}&apos; (tiene: {known})</translation>
    </message>
    <message>
        <source>no prompt &apos;{prompt}&apos; in lesson &apos;{lesson}&apos;</source>
        <translation>no hay ninguna pregunta &apos;{prompt}&apos; en la lección &apos;{lesson}&apos;</translation>
    </message>
    <message>
        <source>end {end} is past the end of the article ({n} characters)</source>
        <translation>el final {end} va más allá del final del artículo ({n} caracteres)</translation>
    </message>
    <message>
        <source>start {start} is past the end of the article ({n} characters)</source>
        <translation>el inicio {start} va más allá del final del artículo ({n} caracteres)</translation>
    </message>
</context>
<context>
    <name>YamlFile</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>annotations file</source>
        <translation>archivo de anotaciones</translation>
    </message>
    <message>
        <source>lesson file</source>
        <translation>archivo de lección</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>archivo de clave de respuestas</translation>
    </message>
    <message>
        <source>feedback file</source>
        <translation>archivo de comentarios</translation>
    </message>
    <message>
        <source>article</source>
        <translation>artículo</translation>
    </message>
    <message>
        <source>article file</source>
        <translation>archivo del artículo</translation>
    </message>
    <message>
        <source>gradebook</source>
        <translation>libro de calificaciones</translation>
    </message>
    <message>
        <source>mapping file</source>
        <translation>archivo de correspondencias</translation>
    </message>
    <message>
        <source>brat text</source>
        <translation>texto brat</translation>
    </message>
    <message>
        <source>brat annotation file</source>
        <translation>archivo de anotaciones brat</translation>
    </message>
    <message>
        <source>school file</source>
        <translation>archivo de configuración del centro</translation>
    </message>
    <message>
        <source>is not an ordinary file (a device or a pipe?)</source>
        <translation>no es un archivo normal (¿un dispositivo o una tubería?)</translation>
    </message>
    <message>
        <source>{what} not found</source>
        <translation>{what}: no se encuentra</translation>
    </message>
    <message>
        <source>is a link that leads back to itself (a link loop)</source>
        <translation>es un enlace que lleva a sí mismo (un bucle de enlaces)</translation>
    </message>
    <message>
        <source>cannot read {what}: {why}</source>
        <translation>{what} ilegible: {why}</translation>
    </message>
    <message>
        <source>{what} is {size} bytes, over the limit of {limit}</source>
        <translation>{what} demasiado grande: {size} bytes, más que el límite de {limit}</translation>
    </message>
    <message>
        <source>is a link to {target}, which does not exist</source>
        <translation>es un enlace a {target}, que no existe</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte}); save it as UTF-8</source>
        <translation>no es texto UTF-8 (byte {byte}); guárdalo en UTF-8</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>nested more than {levels} levels deep</source>
        <translation>anidado en más de {levels} niveles</translation>
    </message>
    <message>
        <source>not valid YAML: {why}</source>
        <translation>YAML no válido: {why}</translation>
    </message>
    <message>
        <source>character {code} is not allowed in a YAML file ({why})</source>
        <translation>el carácter {code} no está permitido en un archivo YAML ({why})</translation>
    </message>
    <message>
        <source>file holds no data (only comments?)</source>
        <translation>el archivo no contiene datos (¿solo comentarios?)</translation>
    </message>
</context>
<context>
    <name>YamlText</name>
    <message>
        <source>YAML merge keys (&lt;&lt;) are not allowed</source>
        <translation>las claves de fusión de YAML (&lt;&lt;) no están permitidas</translation>
    </message>
    <message>
        <source>YAML tag {tag} is not allowed</source>
        <translation>la etiqueta YAML {tag} no está permitida</translation>
    </message>
    <message>
        <source>field name &apos;a list or mapping&apos; must be plain text</source>
        <translation>un nombre de campo debe ser texto simple, no una lista ni un conjunto de campos</translation>
    </message>
    <message>
        <source>YAML aliases ({alias}) are not allowed; write the value out in full</source>
        <translation>los alias de YAML ({alias}) no están permitidos; escribe el valor completo</translation>
    </message>
    <message>
        <source>file holds more than one YAML document (a second &apos;---&apos;)</source>
        <translation>el archivo contiene más de un documento YAML (un segundo &apos;---&apos;)</translation>
    </message>
    <message>
        <source>field name {name} must be plain text</source>
        <translation>el nombre de campo {name} debe ser texto simple</translation>
    </message>
    <message>
        <source>field {name} appears twice</source>
        <translation>el campo {name} aparece dos veces</translation>
    </message>
    <message>
        <source>nested more than {levels} levels deep</source>
        <translation>anidado en más de {levels} niveles</translation>
    </message>
</context>
<context>
    <name>ZipReading</name>
    <message>
        <source>the zip names this file {name}, which is no file&apos;s name (empty, or with a control character in it); not read</source>
        <translation>el zip nombra este archivo {name}, que no es un nombre de archivo (vacío, o con un carácter de control); no se lee</translation>
    </message>
    <message>
        <source>the zip names this file {name} outside itself (an absolute path or &apos;..&apos;); not read</source>
        <translation>el zip nombra este archivo {name} fuera de sí mismo (una ruta absoluta o &apos;..&apos;); no se lee</translation>
    </message>
    <message>
        <source>is not an ordinary file (a device or a pipe?)</source>
        <translation>no es un archivo normal (¿un dispositivo o una tubería?)</translation>
    </message>
    <message>
        <source>not a readable .zip ({why})</source>
        <translation>no es un .zip legible ({why})</translation>
    </message>
    <message>
        <source>zip has {files} files, over the limit of {limit}</source>
        <translation>el zip tiene {files} archivos, más que el límite de {limit}</translation>
    </message>
    <message>
        <source>zip would expand to {size} bytes, over the limit of {limit}</source>
        <translation>el zip ocuparía {size} bytes al descomprimirse, más que el límite de {limit}</translation>
    </message>
    <message>
        <source>is a link inside the zip; links are not followed</source>
        <translation>es un enlace dentro del zip; los enlaces no se siguen</translation>
    </message>
    <message>
        <source>is encrypted in the zip; zip it again without a password</source>
        <translation>está cifrado en el zip; vuelve a comprimirlo sin contraseña</translation>
    </message>
    <message>
        <source>compressed suspiciously well (a zip bomb?); not read</source>
        <translation>se comprime sospechosamente bien (¿una bomba zip?); no se lee</translation>
    </message>
    <message>
        <source>is {size} bytes unpacked, over the limit of {limit}</source>
        <translation>ocupa {size} bytes descomprimido, más del límite de {limit}</translation>
    </message>
    <message>
        <source>cannot be read from the zip ({why})</source>
        <translation>no se puede leer del zip ({why})</translation>
    </message>
    <message>
        <source>expands past the size the zip declares for it; not read</source>
        <translation>se expande más allá del tamaño que el zip declara; no se lee</translation>
    </message>
</context>
</TS>
