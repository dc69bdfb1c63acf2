"""The words the roles stage reads in a block's text, by what they announce: labels
that open a byline, a tag list, a filing line, a caption or an author box; verbs that
open a bio; words that make a name an organisation's. Data only, in several languages:
extend freely (a word added here should hold for every site that writes it, not for one
page)."""

from __future__ import annotations

#: Words that open a byline ("By Jane Doe"), by language.
BYLINE_PREFIXES = (
    "by", "written by", "posted by", "words by", "story by", "reporting by", "text by",
    "von", "par", "por", "di", "de", "door", "av", "af", "przez", "автор", "авторы",
    "текст", "oleh", "penulis", "글", "기자", "文", "geschrieben von", "veröffentlicht von",
    "publié par", "écrit par", "publicado por", "escrito por", "pubblicato da", "scritto da",
)
#: Labels that open a visible tag list ("Tags: a, b").
TAG_LABELS = (
    "tags", "tag", "tagged", "tagged with", "topics", "topic", "related topics", "related tags",
    "filed under", "labels", "keywords", "categories", "schlagwörter", "schlagworte",
    "themen", "stichworte", "étiquettes", "mots-clés", "mots clés", "sujets", "etiquetas",
    "temas", "palabras clave", "tópicos", "assuntos", "marcadores", "теги", "метки",
    "темы", "ключевые слова", "argomenti", "parole chiave", "태그", "タグ", "topik",
    "label", "trefwoorden", "onderwerpen", "filed to", "abgelegt unter", "classé dans",
)
#: Labels that open a tag list only with a colon after them: without one, they start
#: sentences and headings ("In this article we …", "Trends in retail banking").
COLON_TAG_LABELS = ("in this article", "trends", "subjects", "temas relacionados")
#: Verbs that follow a person's name at the start of an author bio ("X covers …").
BIO_VERBS = (
    "covers", "is a", "is an", "is the", "writes", "reports", "has covered", "has been",
    "has written", "was", "joined", "edits", "is editor", "is senior", "is deputy",
    "is chief", "is our", "is based", "specializes", "specialises", "focuses", "works as",
    "ist", "schreibt", "est", "écrit", "es", "escribe", "é", "escreve", "является", "пишет",
    "è", "scrive", "adalah", "merupakan",
)
#: Headings of an author box that do not name the author ("About the author").
ABOUT_AUTHOR_LABELS = frozenset("""
about the author|about the authors|about the writer|about author|sobre o autor|sobre a autora|
sobre el autor|sobre la autora|über den autor|über die autorin|zum autor|zur autorin|
à propos de l'auteur|à propos de l’auteur|l'auteur|l’auteur|l'autore|l’autore|об авторе|
tentang penulis|over de auteur|om forfatteren|o autorze
""".replace("\n", "").split("|"))
#: Words for "about" that open such a heading when the author's name follows ("Über
#: Moritz Bachmann", "Sobre Ann Poe"); longest first.
ABOUT_WORDS = tuple(sorted(
    {"about", "über", "à propos de", "sobre", "acerca de", "a proposito di", "su", "об", "o",
     "over", "om"}, key=len, reverse=True))
#: Labels that open a post's filing line under a blog post ("Posted in Science |
#: Permalink | 3 Comments"): the categories up to the first bar or the line's end.
FILING_LABELS = (
    "posted in", "filed in", "publicado en", "publicado em", "veröffentlicht in",
    "pubblicato in", "publié dans", "geplaatst in", "opublikowano w", "опубликовано в",
)
#: A comment count or link in the details line of a post ("2 comentários", "No Comments",
#: "Comente!", "Leave a comment"), by language.
COMMENT_WORDS = (
    "comments", "comment", "leave a comment", "leave a reply", "comentários", "comentário",
    "comente", "comentarios", "comentario", "commentaires", "commentaire", "commenti",
    "commento", "kommentare", "kommentar", "комментарии", "комментариев", "komentar",
)
#: Words before "by" that credit a picture or a video, not the article ("Photo by …").
CREDIT_WORDS = frozenset("""
photo photos photograph photography image images picture pictures illustration
illustrations video graphic graphics credit foto fotos bild bilder imagen imágenes
immagine фото
""".split())
#: Lower-case words that join or belong to the names of a byline ("Jane Doe and John
#: Roe", "Ursula von der Leyen"), in several languages; other lower-case words end them.
NAME_JOINERS = frozenset(
    "and und et y e i и dan en & de da van von der den del della la le di du bin al dos das "
    "zu ter ten".split())
#: Weekday names (and abbreviations) that open the date after a byline, by language.
WEEKDAYS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri
sat sun montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi
jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo
segunda-feira terça-feira quarta-feira quinta-feira sexta-feira lunedì martedì mercoledì
giovedì venerdì
""".split())
#: Words that end the names of a byline printed in capitals ("JANE DOE ON 11/13/19").
CAPITALS_STOP_WORDS = frozenset(
    "on at in for from with updated published posted am um el il".split())
#: Labels that open or close a photo caption or credit ("Above: …", "… Credit: NASA").
CAPTION_LABELS = (
    "above", "below", "pictured", "top", "photo", "photos", "photograph", "image", "picture",
    "credit", "fotografia", "fotografía", "photographie",
    "source", "foto", "bild", "imagen", "immagine", "crédit", "crédito", "fuente", "fonte",
    "quelle", "фото", "источник",
)
#: A caption's closing toggle in a gallery ("… Nov. 19, 2019. less").
CAPTION_TOGGLES = ("less", "more", "weniger", "moins", "menos", "meno")
#: Words of a job title that follows a name in a byline ("Meghan Neville, Content Marketing
#: Coordinator", "Emma Ryan Writer"): a credit holding one is a title, not a person, and
#: they are cut from the end of a name. Words that are also common surnames ("Baker",
#: "Head", "Chief") are left out.
JOB_TITLE_WORDS = frozenset({
    "director", "coordinator", "manager", "reporter", "writer", "reviewer", "educator",
    "specialist", "expert", "consultant", "founder", "co-founder", "cofounder", "officer",
    "president", "analyst", "strategist", "engineer", "developer", "designer",
    "contributor", "columnist", "correspondent", "producer", "marketing", "ceo", "cto",
    "cfo", "coo", "vp", "sr", "jr.", "intern", "assistant", "professor", "researcher",
    "scientist", "veterinarian", "nutritionist", "dietitian", "physician", "therapist",
    "attorney", "lawyer", "journalist", "photographer", "illustrator", "advisor",
    "adviser", "coach", "instructor", "lecturer", "executive",
})
#: Words that make a byline an organisation, an agency or a staff credit, not a person.
ORGANISATION_WORDS = frozenset({
    "staff", "team", "desk", "editors", "editorial", "editor's", "newsroom", "reporters",
    "correspondents", "correspondent", "agency", "agencies", "press", "wire", "wires", "news",
    "service", "services", "media", "group", "online", "digital", "associated", "reuters",
    "afp", "ap", "dpa", "efe", "ansa", "bloomberg", "xinhua", "upi", "pa", "redaktion",
    "rédaction", "redacción", "redação", "redazione", "редакция", "staff-writer",
    "contributors", "foreign", "bureau", "sport", "sports", "business", "politics",
    "entertainment",
})
#: Wire agencies credited after a reporter's name ("Tom Davies Associated Press"): cut
#: from the end of a name (a staff credit, "… Editorial Staff", is no person at all).
AGENCY_WORDS = frozenset({
    "associated", "press", "reuters", "afp", "ap", "dpa", "efe", "ansa", "bloomberg",
    "xinhua", "upi", "kyodo", "yonhap", "tass", "france-presse", "agence",
})
#: Words of interface text that looks like a name ("Follow Us", "Most Popular Today").
NOT_NAME_WORDS = frozenset("""
follow share copy copied most popular today article articles blog stories recent
more read view all posts subscribe newsletter comments comment login sign menu home
watch video photos gallery science astronomy news latest about contact opinion columnist
accept buttons sharing addthis enlarge image county times post herald journal tribune
gazette daily weekly magazine democrat admin administrator webmaster moderator guest
anonymous editor user written posted by
""".split())
