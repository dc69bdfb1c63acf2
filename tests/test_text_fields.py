"""Fields of text pages: hand-written pages, one rule each."""

from __future__ import annotations

import articlex
from articlex.roles.cues import byline_names_part, byline_names_text, tag_list_text

PARAGRAPHS = (
    "The council approved the new library budget on Monday, after a long debate about "
    "schools, roads and the future of the central library building downtown.\n\n"
    "Library staff said the budget would keep the branch open on Sundays, and the mayor "
    "promised that the repairs to the roof of the library would start in the spring.\n\n"
    "Residents who spoke at the meeting asked for longer opening hours, more computers "
    "and a reading room for students preparing for their examinations this year.\n"
)


def text_page(front: str, back: str = "") -> str:
    menu = "Home\nNews\nSport\nWeather\n\n"
    return f"{menu}{front}\n\n{PARAGRAPHS}\n{back}"


def extract(text: str) -> articlex.Article:
    return articlex.extract(text, input_format="text")


def test_byline_names_are_cut_before_the_date_handle_and_words_after_them():
    assert byline_names_part("Ann Poe - 11/19/19 06:56 AM EST") == "Ann Poe"
    assert byline_names_part("Ann Poe@annpoe Nov 19, 2019, 7:53pm EST") == "Ann Poe"
    assert byline_names_part("Anna Schmidt publiziert am 25. September 2018") == "Anna Schmidt"
    assert byline_names_part("ANN POE ON 11/13/19 AT 4:00 PM EST") == "ANN POE"
    assert byline_names_part("Ann Poe, Tom Roe 2019-11-18T22:05:36Z Science") == "Ann Poe, Tom Roe"
    assert byline_names_part("Ursula von der Leyen") == "Ursula von der Leyen"


def test_a_dated_by_line_gives_its_names():
    article = extract(text_page("Library budget approved by the council\nBy Ann Poe and "
                                "Tom Roe - 11/19/19 06:56 AM EST"))
    assert article.authors == ("Ann Poe", "Tom Roe")


def test_a_date_before_by_is_not_part_of_the_name():
    article = extract(text_page("Library budget approved by the council\n"
                                "Monday November 18, 2019 7:45 am PST by Ann Poe"))
    assert article.authors == ("Ann Poe",)


def test_name_lines_and_what_is_not_one():
    assert byline_names_text("Ann Poe @annpoe / 2 days") == "Ann Poe"
    assert byline_names_text("Ann Poe 27/09/2018 Comments") == "Ann Poe"
    assert byline_names_text("Bruce Y. Lee") == "Bruce Y. Lee"
    assert byline_names_text("Photo by Kirk Roe/Getty Images") is None
    assert byline_names_text("Watch Ann Poe, Tom Roe Play Jazz on Friday") is None
    assert byline_names_text("Utility-scale PV") is None
    assert byline_names_text("Senior Contributor") is None
    assert byline_names_text("Palm Bay 18 22 13 17") is None


def test_a_name_line_under_the_headline_is_the_byline():
    article = extract(text_page("Library budget approved by the council\nAnn Poe\n"
                                "Published 10:02 AM EST Nov 19, 2019"))
    assert article.authors == ("Ann Poe",)


def test_a_name_with_a_date_outranks_an_earlier_bare_name():
    article = extract(text_page("Library budget approved by the council\nMore Library News\n"
                                "Ann Poe - Nov 19, 2019"))
    assert article.authors == ("Ann Poe",)


def test_a_credit_under_a_by_line_is_not_an_author():
    article = extract(text_page("Library budget approved by the council\n"
                                "Posted by Ann Poe on November 19, 2019\nGetty Images"))
    assert article.authors == ("Ann Poe",)


def test_by_lines_far_from_the_headline_are_other_articles():
    front = ("By Any Means Necessary\nPodcasts\nVideos\nShop\nEvents\n\n"
             "Library budget approved by the council\nby Ann Poe")
    assert extract(text_page(front)).authors == ("Ann Poe",)


def test_by_choosing_is_not_a_byline():
    front = ("By choosing I Accept, you consent to our use of cookies.\n\n"
             "Library budget approved by the council")
    assert extract(text_page(front)).authors == ()


def test_a_caption_under_the_headline_is_no_standfirst():
    caption = ("Library staff stand in front of the central library building in town on "
               "Monday. (Ann Poe/Town News)")
    article = extract(text_page(f"Library budget approved by the council\n{caption}\nBy Tom Roe"))
    assert article.standfirst is None
    followed = extract(text_page("Library budget approved by the council\n"
                                 "The council approved the library budget for the new year.\n"
                                 "Photo: Ann Poe"))
    assert followed.standfirst is None


def test_a_single_question_under_the_headline_is_no_standfirst():
    question = "What does the new budget mean for the U.S. libraries in town?"
    article = extract(text_page(f"Library budget approved by the council\n{question}\n"
                                "By Tom Roe"))
    assert article.standfirst is None
    asked = "Residents had waited years for a decision. What comes next for the library?"
    answered = extract(text_page(f"Library budget approved by the council\n{asked}\n"
                                 "By Tom Roe"))
    assert answered.standfirst == asked


def test_a_title_cased_line_under_the_headline_is_no_standfirst():
    title = "Central Library Budget Approved After Long Debate"
    article = extract(text_page(f"Library budget approved by the council\n{title}\n"
                                "By Tom Roe"))
    assert article.standfirst is None


def test_a_sentence_between_headline_and_byline_is_the_standfirst():
    dek = "Residents had waited years for a decision on the building."
    article = extract(text_page(f"Library budget approved by the council\n12 comments\n{dek}\n"
                                "By Tom Roe"))
    assert article.standfirst == dek


def test_the_line_above_the_byline_is_the_headline():
    front = ("Council meeting schedule for the spring season\n"
             "Library budget approved\nBy Tom Roe\nNov 19, 2019")
    assert extract(text_page(front)).headline == "Library budget approved"


def test_a_breadcrumb_run_into_the_headline_gives_way_to_the_headline():
    front = "Home News Local Library budget approved by the council\nx\n" \
            "LIBRARY BUDGET APPROVED BY THE COUNCIL"
    assert extract(text_page(front)).headline == "LIBRARY BUDGET APPROVED BY THE COUNCIL"
    trail = "News > Local > Library budget approved\nLibrary budget approved by the council"
    assert extract(text_page(trail)).headline == "Library budget approved by the council"


def test_prose_naming_the_byline_author_after_the_body_is_the_bio():
    bio = ("Als Redakteurin schreibt Ann Poe seit vielen Jahren über Bibliotheken, "
           "Schulen und die Stadtverwaltung.")
    article = extract(text_page("Library budget approved by the council\nBy Ann Poe",
                                f"Sign up\nNewsletter\nShare\nPrint\nÜber die Autorin\n\n{bio}\n\n"
                                "Copyright 2019 Ann Poe Media\n"))
    assert article.author_bio == bio
    assert bio not in article.body


HEADLINE = "Library budget approved by the council\nBy Ann Poe\n"


def test_a_tag_label_is_a_whole_word_or_ends_at_a_separator():
    assert tag_list_text("Temasek Holdings buys a stake") is None
    assert tag_list_text("Tagline of the week") is None
    assert tag_list_text("TopicsAudi EV") == "Audi EV"
    assert tag_list_text("Filed to: Libraries") == "Libraries"


def test_some_tag_labels_need_their_colon():
    assert tag_list_text("In this article we look at budgets") is None
    assert tag_list_text("In This Article: budget, council") == "budget, council"
    assert tag_list_text("Trends in library funding") is None
    assert tag_list_text("Subjects: Budget, Libraries") == "Budget, Libraries"


def test_tags_under_a_lone_label_end_at_buttons_and_counts():
    article = extract(text_page(HEADLINE, "Tags:\nLatest News\nLibraries\nFacebook\nTwitter\n"))
    assert article.tags == ("Latest News", "Libraries")
    counted = extract(text_page(HEADLINE, "Filed to:\n\nLIBRARIES\n438.3K\n57\n"))
    assert counted.tags == ("LIBRARIES",)
    commented = extract(text_page(HEADLINE, "Related Tags:\nLibraries\nBudget\n"
                                            "Post Comment (+)\n(42) Comments\n"))
    assert commented.tags == ("Libraries", "Budget")


def test_a_heading_after_the_tags_is_not_a_tag():
    article = extract(text_page(HEADLINE, "Tags\nLibraries\nPopular\nCity opens a new swimming "
                                          "pool in the old harbour district\n"))
    assert article.tags == ("Libraries",)


def test_comma_lines_between_tags_end_the_list_at_the_last_tag():
    article = extract(text_page(HEADLINE, "Topics\nLibraries\n,\nCity budget\n,\nSchools\n"
                                          "Places in this Story\nSpringfield\n"))
    assert article.tags == ("Libraries", "City budget", "Schools")


def test_tag_links_run_together_after_the_body_are_the_tags():
    article = extract(text_page(HEADLINE, "Facebook\nTwitter\nCity CouncilLibrariesSchool roads\n"
                                          "1 comment\n"))
    assert article.tags == ("City Council", "Libraries", "School roads")
    lower = extract(text_page(HEADLINE, "Share\nlibrarybudget\nPost navigation\n"))
    assert lower.tags == ("library", "budget")


def test_buttons_and_menus_run_together_are_not_tags():
    article = extract(text_page(HEADLINE, "Comment via FacebookComment via Twitter\n"
                                          "Do not trackCommunity standardsDiscussion\n"
                                          "Flipboard\n"))
    assert article.tags == ()


def test_short_lines_in_the_articles_words_after_the_body_are_tags():
    article = extract(text_page(HEADLINE, "Libraries\nCity Council\nSchools\nShare this story\n"))
    assert article.tags == ("Libraries", "City Council", "Schools")


def test_short_lines_after_the_body_not_in_its_words_are_no_tags():
    menu = extract(text_page(HEADLINE, "About Us\nCareers\nContact\n"))
    assert menu.tags == ()
    dated = extract(text_page(HEADLINE, "By\nLibrary News\nPublished 18 November 2019\n"
                                        "Library budget\n"))
    assert dated.tags == ()


def test_tags_flattened_with_spaces_split_where_case_and_the_page_show_it():
    article = extract(text_page(HEADLINE, "Tags Jo Doe library budget Tom Roe school roads\n"))
    assert article.tags == ("Jo Doe", "library budget", "Tom Roe", "school roads")
    whole = extract(text_page(HEADLINE, "Tags: Things To Do In Springfield\n"))
    assert whole.tags == ("Things To Do In Springfield",)


def test_the_text_of_an_author_box_is_the_bio():
    bio = "Pai de dois filhos, Jo Doe é coordenador pedagógico numa escola em Lisboa."
    article = extract(text_page(HEADLINE, f"Sobre Jo Doe\n\n{bio}\n\nFacebook\n"))
    assert article.author_bio == bio
    assert bio not in article.body
    boxed = extract(text_page(HEADLINE, "ABOUT THE AUTHOR\nJo Doe\n\n"
                                        "Science writer at the Town News and gardener elsewhere\n"))
    assert boxed.author_bio == "Science writer at the Town News and gardener elsewhere"


def test_a_name_line_over_text_opening_with_that_name_is_the_bio():
    bio = "Regan is a Springfield native now living in the city with her two sons and cats."
    article = extract(text_page(HEADLINE, f"Share\nRegan\n\n{bio}\n\nprevious post\n"))
    assert article.author_bio == bio


def test_about_us_is_no_author_box():
    article = extract(text_page(HEADLINE, "About Us\n\nThe Town News has covered Springfield "
                                          "since 1901 and is owned by its readers.\n"))
    assert article.author_bio is None


HEADLINE = "Library budget approved by the council"


def test_a_label_and_its_figure_under_the_headline_is_passed_over():
    dek = "Residents had waited years for a decision on the library building."
    for label in ("Tempo de leitura: 2 minutos", "Lesezeit: 4 Min.", "Opening Bell 11.18.19"):
        article = extract(text_page(f"{HEADLINE}\n{label}\n{dek}\nBy Tom Roe"))
        assert article.standfirst == dek, label
    alone = extract(text_page(f"{HEADLINE}\nTempo de leitura: 2 minutos"))
    assert alone.standfirst is None


def test_a_line_of_post_details_or_figures_is_no_standfirst():
    details = "05/10/2018 - Publicado por: Ann Poe - Categoria: Cidade - Tags: library council"
    assert extract(text_page(f"{HEADLINE}\n{details}")).standfirst is None
    assert extract(text_page(f"{HEADLINE}\n\nRockledge 14 11 6 15 — 44")).standfirst is None


def test_a_line_in_capitals_is_no_standfirst():
    article = extract(text_page(f"{HEADLINE}\n\nCLICK FOR THE FULL LIBRARY BUDGET"))
    assert article.standfirst is None


def test_the_first_of_a_list_of_teaser_titles_is_no_standfirst():
    teasers = ("Library budget talks stall over the roof repairs\n"
               "Mayor promises Sunday opening for the library branch\n"
               "Students ask for a reading room at the central library")
    article = extract(text_page(f"{HEADLINE}\nBy Tom Roe\n\n{teasers}"))
    assert article.standfirst is None


def test_a_caption_placing_people_or_ending_with_a_credit_is_no_standfirst():
    placed = "Library director Ann Poe (left) and the mayor in the central library"
    credited = "Readers in the central library on Monday, May 6, 2019. © Reuters / Ann Poe"
    for caption in (placed, credited):
        assert extract(text_page(f"{HEADLINE}\nBy Tom Roe\n\n{caption}")).standfirst is None


def test_a_line_printed_again_at_the_top_of_the_body_is_no_standfirst():
    first = PARAGRAPHS.split("\n\n")[0]
    article = extract(text_page(f"{HEADLINE}\n\n{first[:80]}"))
    assert article.standfirst is None


def test_a_dek_over_a_byline_or_a_place_line_leaves_the_body():
    dek = "The council kept every branch open and found money for the roof of the library."
    for stop in ("By Tom Roe", "Tom Roe @tomroe", "BAAR, SWITZERLAND"):
        article = extract(text_page(f"{HEADLINE}\n\n{dek}\n\n{stop}"))
        assert article.standfirst == dek, stop
        assert not article.body.startswith(dek), stop


def test_a_first_paragraph_over_a_name_from_the_headline_stays_in_the_body():
    dek = "The council kept every branch open and found money for the roof of the library."
    article = extract(text_page(f"Ann Poe approves the library budget\n\n{dek}\n\nAnn Poe"))
    assert article.standfirst is None
    assert article.body.startswith(dek)


def test_the_headline_is_found_above_a_long_share_panel():
    panel = "\n".join(f"Share this with {name}" for name in
                      ("Facebook", "Twitter", "Email", "WhatsApp", "Messenger") * 6)
    front = f"{HEADLINE}\n19 November 2019\n{panel}\nMedia playback is unsupported"
    assert extract(text_page(front)).headline == HEADLINE


def test_a_short_line_among_menu_items_is_no_headline():
    menu = "Free Articles\nLibrary Budget\nBranding & Design\nAll Articles"
    article = extract(text_page(f"{menu}\n\nHow the town pays for its reading rooms"))
    assert article.headline == "How the town pays for its reading rooms"
    dated = extract(text_page("Column\nLibrary budget\nAugust 13, 2018\nPosted by Tom Roe"))
    assert dated.headline == "Library budget"


def test_a_headline_that_the_next_line_repeats_and_extends_gives_way_to_it():
    front = "Library Notes\nLibrary Notes 11.18.19\nBy Tom Roe"
    assert extract(text_page(front)).headline == "Library Notes 11.18.19"


def test_the_headline_is_above_the_dek_over_a_name_and_a_date():
    front = ("Council votes on the library\n"
             "The library budget keeps branches open on Sundays\n"
             "Tom Roe\nNov 19, 2019")
    assert extract(text_page(front)).headline == "Council votes on the library"


def test_a_paragraph_naming_the_byline_author_with_a_bio_verb_is_the_bio():
    bio = ("Pulitzer Prize-winning journalist Ann Poe writes a weekly column about cities "
           "and their public buildings. @annpoe")
    article = extract(text_page(f"{HEADLINE}\nBy ANN POE", f"Facebook\nTwitter\n\n{bio}\n\n"
                                                          "More from the paper\n"))
    assert article.author_bio == bio
    bio = ("Ask Ann is written by Ann Poe, a librarian, and was founded by her mother, "
           "who answered letters for thirty years.")
    article = extract(text_page(f"{HEADLINE}\nBy Ann Poe", f"{bio}\n\nView Comments\n"))
    assert article.author_bio == bio


def test_a_name_the_article_talks_about_gives_no_bio():
    page = text_page(f"{HEADLINE}\nBy Library Council",
                     "The Library Council is the body that funds the branches of the city.\n")
    page = page.replace("The council approved", "The Library Council approved")
    assert extract(page).author_bio is None


def test_a_paragraph_under_the_byline_name_after_the_body_is_the_bio():
    bio = ("I am a writer, a librarian and a teacher, and I have followed the city's "
           "libraries for twenty years, not always in that order.")
    article = extract(text_page(f"{HEADLINE}\nAnn Poe", f"Ann Poe\n{bio}\n...\nPrint\n"))
    assert article.author_bio == bio


def test_a_story_list_of_names_and_titles_is_no_author_box():
    back = ("Ann Poe\nCity libraries eye a new building in the old harbour district "
            "near the river and the market hall, "
            "sources say\nTom Roe\nSchools get new computers\n")
    assert extract(text_page(f"{HEADLINE}\nAnn Poe", back)).author_bio is None


def test_an_author_box_opening_with_the_full_name_or_joined_is_the_bio():
    bio = "Ann Poe joined the paper in 2017 and has reported on libraries since."
    article = extract(text_page(HEADLINE, f"Share\nAnn Poe\n{bio}\nMore articles\n"))
    assert article.author_bio == bio


def test_a_one_word_subject_after_the_body_needs_the_byline():
    back = ("ABOUT US\n\nNobody covers the city and its libraries like the Daily Paper "
            "does, every day of the year.\n")
    assert extract(text_page(HEADLINE, back)).author_bio is None


def test_a_handle_alone_at_the_body_end_is_no_bio():
    page = text_page(HEADLINE).rstrip() + (
        "\n\nThe details of the meeting were shared on the council's account @citycouncil "
        "during the debate on the library.\n")
    assert extract(page).author_bio is None


def test_tags_run_together_may_name_the_headline_words():
    page = text_page("Library budget approved after a marathon session",
                     "Comments\nlibrarymarathonsession\n")
    assert extract(page).tags == ("library", "marathon", "session")


def test_a_sentence_cased_dek_under_the_headline_is_no_headline():
    front = ("Town hall agrees spending plan for the library\n\n"
             "The council approved the budget for the library after a long debate, "
             "and the repairs to the roof will start in the spring\n\n"
             "Mon 18 Nov 2019 18.54 GMT")
    article = extract(text_page(front))
    assert article.headline == "Town hall agrees spending plan for the library"
    assert article.standfirst is not None and article.standfirst.startswith("The council")


def test_a_short_label_between_headline_and_dek_is_stepped_over():
    front = ("Council approves the new library budget\nEditorial\n"
             "The council approved the budget for the library after a long debate, "
             "and the repairs to the roof will start in the spring\n"
             "Mon 18 Nov 2019 18.54 GMT")
    article = extract(text_page(front))
    assert article.headline == "Council approves the new library budget"


def test_a_title_cased_line_under_a_breadcrumb_stays_the_headline():
    front = ("Home News Library Budget Council\n"
             "The Council Approves the New Library Budget After a Long Debate\n"
             "Mon 18 Nov 2019 18.54 GMT")
    article = extract(text_page(front))
    assert article.headline == "The Council Approves the New Library Budget After a Long Debate"


def test_a_caption_closed_by_a_photograph_credit_is_no_standfirst():
    caption = ("‘The library will stay open on Sundays,’ the mayor said at the meeting. "
               "Photograph: Ann Poe via Town News")
    article = extract(text_page(f"Library budget approved by the council\n{caption}"))
    assert article.standfirst is None


def test_a_posts_filing_line_gives_its_categories_as_tags():
    article = extract(text_page("Library budget approved by the council",
                                "Posted in Town hall, Libraries | Permalink | 10 Comments\n"))
    assert article.tags == ("Town hall", "Libraries")


def test_a_sentence_opening_with_posted_in_is_no_filing_line():
    article = extract(text_page("Library budget approved by the council",
                                "Posted in 2015, the video was seen by millions.\n"))
    assert not article.tags


def test_lines_in_capitals_between_byline_and_body_in_its_words_are_tags():
    front = ("Library budget approved by the council\nBy Ann Poe\nShare\n"
             "LIBRARY\nBUDGET\nCOUNCIL")
    article = extract(text_page(front))
    assert [t.lower() for t in article.tags] == ["library", "budget", "council"]
    menu = extract(text_page("Library budget approved by the council\nBy Ann Poe\nShare\n"
                             "WORLD\nSPORT\nWEATHER"))
    assert not menu.tags


def test_a_labelled_list_of_topics_not_in_the_article_is_a_menu():
    menu = "Topics\nHardware\nGaming\nMobile\nFinance\nSecurity"
    assert not extract(text_page("Library budget approved by the council", menu)).tags
    tags = "Topics\nLibrary\nBudget\nCouncil\nSchools"
    article = extract(text_page("Library budget approved by the council", tags))
    assert article.tags == ("Library", "Budget", "Council", "Schools")


def test_a_related_line_over_short_lines_in_the_article_words_heads_the_tags():
    article = extract(text_page("Library budget approved by the council",
                                "Tweet\nShare\nEmail\nRelated\nlibrary\nBudget\nCouncil\n"))
    assert article.tags == ("library", "Budget", "Council")


def test_a_tag_line_may_end_with_a_number():
    article = extract(text_page("Library budget approved by the council",
                                "Library\nBudget 2020\nCouncil\n"))
    assert article.tags == ("Library", "Budget 2020", "Council")


def test_tag_links_in_small_letters_with_spaces_run_together_are_the_tags():
    # "libraries" is in the article as "library": the same word with another ending.
    article = extract(text_page(HEADLINE, "Share\nlibrariescity councilbudgetsponsored\n"
                                          "2 comments\n"))
    assert article.tags == ("libraries", "city council", "budget", "sponsored")


def test_a_tag_line_printed_over_and_under_the_article_still_splits():
    glued = "librarybudgetcity council"
    article = extract(text_page(f"{HEADLINE}\n{glued}", f"Share\n{glued}\n"))
    assert article.tags == ("library", "budget", "city council")


def test_a_label_run_into_tag_links_is_found_far_after_the_body():
    filler = "".join(f"Other story number {n} of the week\n" for n in range(40))
    article = extract(text_page(HEADLINE, f"{filler}Topicslibrarybudget\n"))
    assert article.tags == ("library", "budget")
    unlabelled = extract(text_page(HEADLINE, f"{filler}librarybudget\n"))
    assert unlabelled.tags == ()


def test_one_capitalised_word_is_no_tag_links_run_together():
    assert extract(text_page(HEADLINE, "Share\nNewswire\nLibrarybudget\n")).tags == ()


def test_the_whole_tag_list_on_the_line_under_a_lone_label():
    article = extract(text_page(HEADLINE, "Tags\nlibrary budget, city council, school roads, "
                                          "opening hours\n\nLeave a comment\n"))
    assert article.tags == ("library budget", "city council", "school roads", "opening hours")


def test_a_second_label_under_the_tag_label_is_no_tag():
    article = extract(text_page(HEADLINE, "Tags\nterms:\nLibrary BudgetCity CouncilSchool "
                                          "Roads And Opening Hours\n"))
    assert article.tags == ("Library Budget", "City Council", "School Roads And Opening Hours")


def test_a_sentence_under_a_tag_label_is_no_tag_list():
    article = extract(text_page(HEADLINE, "Topics\nWe cover the library, the council and "
                                          "the schools of the city every week.\n"))
    assert article.tags == ()


def test_a_tag_label_inside_a_line_of_post_details_gives_its_tags():
    details = "19/11/2019 - Published by: Ann Poe - Category: City - Tags: budget libraries council"
    article = extract(text_page(f"Library budget approved by the council\n{details}"))
    assert article.tags == ("budget", "libraries", "council")


def test_and_tagged_after_the_filing_gives_the_tags():
    filing = ("This entry was posted in City News and tagged Library Budget, City Council, "
              "Schools. Bookmark the permalink.")
    article = extract(text_page(HEADLINE, filing + "\n"))
    assert article.tags == ("Library Budget", "City Council", "Schools")


def test_a_byline_with_a_topic_label_stays_the_byline():
    article = extract(text_page("Library budget approved by the council\n"
                                "By Ann Poe | November 18, 2019 | Topic: City Hall"))
    assert article.authors == ("Ann Poe",)


def test_a_tag_matches_the_article_word_with_another_ending():
    # "mayor" and "staff" are the article's words, "Opinion" and "Elections" are not.
    article = extract(text_page(HEADLINE, "Opinion\nMayors\nStaffs\nElections\n"
                                          "Share your thoughts\n"))
    assert article.tags == ("Opinion", "Mayors", "Staffs", "Elections")


def test_tag_lines_between_byline_and_lead_picture_are_tags():
    front = ("Library budget approved by the council\nNovember 20, 2019 Ann Poe\n"
             "Libraries\nCouncil budget\nSchools\n\n"
             "The mayor and library staff outside the central library on Monday.\n\n"
             "Photo: Jo Roe\nShare")
    article = extract(text_page(front))
    assert article.tags == ("Libraries", "Council budget", "Schools")
    menu = front.replace("Libraries\nCouncil budget\nSchools", "World\nSport\nWeather")
    assert extract(text_page(menu)).tags == ()


def test_a_dek_between_the_date_and_the_body_is_no_headline():
    front = ("Council settles the row over school roads\nNovember 19, 2019\n"
             "New library budget approved after long debate")
    article = extract(text_page(front))
    assert article.headline == "Council settles the row over school roads"
    assert article.standfirst == "New library budget approved after long debate"


def test_a_short_dek_between_the_date_and_the_body_is_the_standfirst():
    front = ("Council settles the row over school roads\nNovember 19, 2019\n"
             "Library budget finally approved")
    article = extract(text_page(front))
    assert article.standfirst == "Library budget finally approved"
    agency = extract(text_page("Council settles the row over school roads\nBy Tom Roe\n"
                               "Associated Press"))
    assert agency.standfirst is None


def test_a_line_between_the_date_and_a_byline_or_in_title_case_is_the_headline():
    above = "Library news from the council chamber\nNovember 19, 2019\n"
    line = "New library budget approved after long debate"
    assert extract(text_page(f"{above}{line}\nBy Tom Roe")).headline == line
    title = "New Library Budget Approved After Long Debate"
    assert extract(text_page(f"{above}{title}")).headline == title


def test_a_line_that_tells_the_headline_again_is_no_standfirst():
    headline = "Council approves the new library budget after a long debate"
    again = "Council approves the library budget after a long debate, the council said on Monday."
    assert extract(text_page(f"{headline}\n\n{again}\n\nBy Tom Roe")).standfirst is None
    run = extract(text_page(f"{headline}\n\n{again}\n\nBAAR, SWITZERLAND"))
    assert run.standfirst is None and run.body.startswith(again)
    dek = "The branches stay open on Sundays and the roof of the library is mended."
    assert extract(text_page(f"{headline}\n\n{dek}\n\nBy Tom Roe")).standfirst == dek


def test_the_categories_closing_a_posts_details_line_are_the_tags():
    front = ("Library budget approved by the council\n"
             "Ann Poe 19/11/2019 3 comments City Hall, Libraries, Schools")
    article = extract(text_page(front))
    assert article.tags == ("City Hall", "Libraries", "Schools")
    assert article.authors == ("Ann Poe",)


def test_a_place_after_the_date_is_no_category():
    front = "Library budget approved by the council\nBy Ann Poe\nNovember 19, 2019 Dallas, Texas"
    assert extract(text_page(front)).tags == ()


def test_a_labelled_list_at_the_top_of_the_page_is_the_menu_but_over_the_headline_the_filing():
    menu = "Topics\nWeek's top\nLatest news\nUnread news\n\nSign in\nRemember me\n" + \
        "".join(f"Section {n}\n" for n in range(6))
    assert extract(menu + text_page("Library budget approved by the council")).tags == ()
    filing = extract(text_page("Filed under:\nCity Hall\nLibraries\n\n"
                               "Library budget approved by the council"))
    assert filing.tags == ("City Hall", "Libraries")


def test_tags_a_converter_bulleted_are_tags_like_lines():
    article = extract(text_page(HEADLINE, "* Libraries\n* Council budget\n* Schools\n\n"
                                          "Share this story\n"))
    assert article.tags == ("Libraries", "Council budget", "Schools")


def test_the_one_top_level_markdown_heading_is_the_headline_even_far_up():
    teasers = "".join(f"## Other story about the council budget number {n}\n\n" for n in range(25))
    page = ("# Library budget approved by the council\n\n" + teasers +
            "Library budget: council approves the plan\n\n" + PARAGRAPHS)
    assert extract(page).headline == "Library budget approved by the council"
    two = page.replace("## Other story about the council budget number 3\n",
                       "# Other story about the council budget number 3\n")
    assert extract(two).headline != "Library budget approved by the council"
