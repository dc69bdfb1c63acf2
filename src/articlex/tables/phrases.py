"""Phrase tables: the words of boilerplate, in several languages. Data, not logic.

Each table maps a category to phrases. A short block whose wording matches a phrase of
a category is boilerplate of that category (:func:`articlex.roles.boilerplate.boilerplate_phrase`);
the phrases are evidence for short blocks only, never for a paragraph of prose.
"""

from __future__ import annotations

# Whole short blocks that are boilerplate (matched against the entire block text, case-
# insensitively, after trimming punctuation). English first, then other languages.
EXACT: dict[str, tuple[str, ...]] = {
    "menu": (
        "menu", "main menu", "navigation", "skip to content", "skip to main content",
        "skip navigation", "search", "home", "sections", "close", "open menu", "back to top",
        "top", "more", "show more", "previous", "next", "prev", "next article",
        "previous article",
        "menü", "startseite", "suche", "accueil", "rechercher", "inicio", "buscar", "menú",
        "início", "pesquisar", "pesquisa", "меню", "поиск", "главная", "ricerca", "cerca",
        "メニュー", "검색", "메뉴", "beranda", "cari",
    ),
    "share": (
        "share", "share this", "share this article", "share this story", "share on facebook",
        "share on twitter", "share on linkedin", "tweet", "email", "e-mail", "print",
        "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "copy link",
        "share article", "share via email", "print this article",
        "teilen", "drucken", "partager", "imprimer", "compartir", "imprimir",
        "compartilhar", "поделиться", "condividi", "stampa", "공유", "シェア", "bagikan",
    ),
    "social": ("follow us", "follow", "like us on facebook", "follow us on twitter",
               "folgen sie uns", "suivez-nous", "síguenos", "siga-nos", "seguici"),
    "comments": (
        "comments", "comment", "show comments", "hide comments", "view comments",
        "load comments", "add comment", "post comment",
        "leave a comment", "leave a reply", "post a comment", "comments are closed",
        "write a comment", "join the conversation", "join the discussion",
        "kommentare", "kommentieren", "commentaires", "comentarios", "comentários",
        "комментарии", "commenti", "댓글", "コメント", "komentar",
    ),
    "newsletter": (
        "join the newsletter", "sign up", "subscribe", "subscribe now", "sign up now",
        "sign up for our newsletter", "newsletter", "or", "submit", "register", "log in",
        "login", "sign in", "get the newsletter", "newsletter abonnieren", "abonnieren",
        "s'abonner", "s'inscrire", "suscríbete", "suscribirse", "assine", "inscreva-se",
        "подписаться", "iscriviti", "구독", "登録",
    ),
    "ad": (
        "advertisement", "advertising", "sponsored", "sponsored content", "ad", "ads",
        "promoted", "promoted content", "paid content", "anzeige", "werbung", "publicité",
        "publicidad", "publicidade", "реклама", "pubblicità", "광고", "広告", "iklan",
    ),
    "related": (
        "related", "related articles", "related stories", "related content", "related posts",
        "read more", "read next", "more stories", "more from", "you may also like",
        "recommended", "recommended for you", "most read", "most popular", "trending",
        "featured", "slideshows", "popular", "latest news", "more news", "see also",
        "also read", "don't miss", "top stories", "mehr zum thema", "das könnte sie auch "
        "interessieren", "à lire aussi", "lire aussi", "voir aussi", "leia também",
        "leia mais", "veja também", "você pode gostar", "você também pode gostar",
        "you might also like", "you may like", "more on this story", "more on this topic",
        "related coverage", "related reading", "recommended reading", "what to read next",
        "lee también", "más noticias", "читайте также",
        "по теме", "leggi anche", "관련기사", "関連記事", "baca juga",
    ),
    "cookie": ("accept", "accept cookies", "accept all", "i agree", "got it", "ok", "agree"),
}


# Phrases that mark a short block as boilerplate wherever they appear in it.
CONTAINS: dict[str, tuple[str, ...]] = {
    "newsletter": (
        r"sign up (for|to) (our|the)", r"subscribe to (our|the)", r"newsletter",
        r"your e-?mail address", r"enter your e-?mail", r"please check your e-?mail",
        r"error: please", r"privacy policy", r"membership is free", r"unsubscribe at any time",
        r"by signing up", r"by subscribing", r"thank you for subscribing",
        r"already (a subscriber|have an account|registered)", r"create (an|your) account",
        r"exclusive access to", r"inbox",
    ),
    "cookie": (r"\bcookies?\b[^.]{0,80}\b(?:use|consent|accept|policy|experience)",
               r"we use cookies", r"this (web)?site uses cookies"),
    "comments": (r"^\W*\d+\s+comments?\W*$", r"^comments?\s*\(\d+\)$", r"comments? (are|is) closed",
                 r"show comments", r"view \d+ comments"),
    "social": (r"follow (us|me|him|her|them) on", r"like us on facebook"),
    "share": (r"^share (on|via|this)", r"click to share", r"share (this|the) (article|story)"),
    "credit": (r"^(photo|image|picture|foto|bild)\s*(credit)?\s*:", r"^\(?(photo|image):",
               r"\b(image|photo|picture)\s+(copyright|credit|courtesy|source)\b",
               r"^(getty images|reuters|ap photo|afp|shutterstock)\b"),
    "copyright": (r"^(copyright|©|\(c\))\s", r"all rights reserved", r"tous droits réservés",
                  r"alle rechte vorbehalten", r"todos los derechos reservados"),
    "paywall": (r"subscribe to (continue|read)", r"to continue reading", r"already a subscriber",
                r"you have reached your (free )?(article )?limit"),
    "ad": (r"^advertisement\b", r"^(anzeige|werbung|publicidad|реклама)\b"),
    "disclaimer": (r"\b(opinions|views) expressed (by|in|here)",),
}


#: The categories of share buttons ("Facebook", "Tweet", "Follow us"): a panel of such
#: lines stands between a headline and its article, or around a comments link.
SHARE_CATEGORIES = frozenset({"share", "social"})


# Every match of the patterns above contains one of these substrings: a cheap test that
# spares most blocks the (slower) regular expression. Keep in step with CONTAINS.
CONTAINS_CUES = (
    "sign", "subscri", "newsletter", "mail", "error", "privacy", "membership", "already",
    "account", "exclusive", "inbox", "cookie", "comment", "follow", "like us", "share",
    "photo", "image", "picture", "foto", "bild", "getty", "reuters", "afp", "shutterstock",
    "copyright", "©", "(c)", "rights reserved", "droits", "rechte", "derechos",
    "continue", "reached", "expressed", "advertisement", "anzeige", "werbung", "publicidad",
    "реклама",
)
