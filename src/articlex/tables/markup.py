"""What markup names mean: class and id words per hint category, and the HTML tags,
ARIA roles and itemprop values that name a category by themselves. Data only, read by
:mod:`articlex.segment.hints`."""

from __future__ import annotations

# Class/id words, per category: each entry is a word or a phrase of words joined by "-".
# A phrase matches the same words in a row in a class name ("read-more" in
# "btn-read-more-link") or run together ("readmore"). Plain data: extend freely.
CLASS_WORDS: dict[str, str] = {
    "nav": "nav navbar navigation menu menubar megamenu topnav subnav sitenav toolbar tabs "
    "jump-links site-index dropdown",
    "masthead": "masthead site-header top-bar header-bar brand branding logo",
    "footer": "footer foot colophon copyright site-info bottom-bar",
    "sidebar": "sidebar side-bar aside rail right-col right-column left-col left-column "
    "secondary sidebox side-panel",
    "comments": "comment comments commentlist discussion disqus respond replies reply "
    "talkback feedback reactions",
    "share": "share shares sharing sharebar share-tools social-share sociable addthis "
    "sharethis bookmark bookmarks bookmarking tweet-this",
    "social": "social follow follow-us facebook twitter linkedin instagram whatsapp "
    "pinterest youtube",
    "related": "related recommended recommendations more-stories more-from read-more "
    "read-next up-next also-read most-read most-popular most-viewed popular trending "
    "outbrain taboola teaser teasers suggested you-may-like more-articles more-news "
    "more-posts more-videos more-on further-reading latest latest-news headlines top-stories",
    "newsletter": "newsletter subscribe subscription signup sign-up email-signup "
    "email-capture email-form optin opt-in mailing-list",
    "ad": "ad ads advert adverts advertisement advertising adslot ad-slot ad-unit "
    "ad-container ad-wrapper dfp gpt sponsor sponsored banner-ad adsense doubleclick "
    "native-ad commercial",
    "cookie": "cookie cookies consent gdpr cmp privacy-banner cookie-bar",
    "breadcrumb": "breadcrumb breadcrumbs crumb crumbs crumb-trail",
    "pagination": "pagination pager paging page-numbers prev-next post-nav post-navigation",
    "popup": "modal popup pop-up overlay lightbox interstitial dialog toast",
    "hidden": "hidden hide invisible sr-only screen-reader screen-reader-text "
    "visually-hidden visuallyhidden offscreen d-none u-hidden",
    "gallery": "gallery slideshow slideshows carousel slider swiper slick featured flickity",
    "widget": "widget widgets module-list tools utility utilities",
    "promo": "promo promotion promoted cta call-to-action marketing partner",
    "login": "login log-in signin sign-in register account user-menu",
    "skip": "skip skip-link skip-to",
    "print": "print printer print-only noprint",
    "credit": "credit credits photo-credit image-credit copyright-notice",
    "byline": "byline by-line author authors writer contributor posted-by article-author "
    "author-name meta-author",
    "bio": "bio author-bio author-info author-box about-author about-the-author "
    "author-description biography contributor-bio",
    "tags": "tag tags tag-list tag-links tagcloud keywords topics labels post-tags "
    "entry-tags article-tags filed-under categories",
    "date": "date dateline time timestamp published pubdate posted-on entry-date post-date "
    "updated",
    "dek": "dek blurb standfirst subtitle sub-title subhead sub-head sub-headline summary excerpt "
    "lede teaser-text strapline kicker-text deck description article-summary sapo chapo "
    "lead-text lead-paragraph article-lead",
    "headline": "headline title entry-title post-title article-title heading",
    "caption": "caption figcaption wp-caption-text image-caption photo-caption",
    "article": "article post entry story hentry blog-post news-item h-entry",
    "body": "article-body articlebody post-body entry-content post-content story-body "
    "story-content article-content article-text body-text content-body main-content "
    "text-body rich-text prose post-entry articletext storytext c-entry-content field-body",
    "main": "main content page-content primary",
}
#: HTML tags that name a category by themselves.
TAG_HINTS: dict[str, str] = {
    "nav": "nav", "footer": "footer", "aside": "sidebar", "form": "form",
    "button": "control", "select": "control", "textarea": "control", "label": "control",
    "figcaption": "caption", "address": "byline", "time": "date",
    "article": "article", "main": "main", "iframe": "embed",
}
#: ARIA roles that name a category.
ROLE_HINTS: dict[str, str] = {
    "navigation": "nav", "banner": "masthead", "contentinfo": "footer",
    "complementary": "sidebar", "search": "form", "dialog": "popup",
    "alertdialog": "popup", "menu": "nav", "menubar": "nav", "tablist": "nav",
    "main": "main", "article": "article",
}
#: itemprop values (schema.org) that name a category.
ITEMPROP_HINTS: dict[str, str] = {
    "articlebody": "body", "text": "body", "author": "byline", "creator": "byline",
    "headline": "headline", "name": "", "description": "dek", "alternativeheadline": "dek",
    "datepublished": "date", "datemodified": "date", "keywords": "tags",
    "comment": "comments", "breadcrumb": "breadcrumb", "caption": "caption",
}
