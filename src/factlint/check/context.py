"""A mention's context: the text it leans on and the scope that text names, read once when the mention is made.

A figure's own words are its clause and sentence. Around them stand what the sentence leans on (the
sentence before, for "They were paid …"), a list's lead-in, a table cell's row and column headers and
the section headings. A table header's currency, scale and period apply to the figures under it, and a
row's Low and High columns are one range. Pure.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass, replace

from factlint.check import lexical
from factlint.check.mentions import (AUXILIARIES, FIRST_PERSONS, ORGANISATION_NOUNS, Occurrence, another_body, another_source, peoples_origin,
                                     heads_noun, leans, named_back, place_noun_at, own_source, owned_study, anothers_own_study, owns_a_study, OWNED_CHARS, PLACE_POINTERS, points_there, pronoun_speaks,
                                     speaks_for_self, stands_alone, restated_source)
from factlint.check.clause import CLAUSE_CHARS, clause_of, opens_clause
from factlint.check.model import name_keys, place_keys
from factlint.check.mood import forecasts, supposes
from factlint.check.polarity import denies
from factlint.check.scope import (ANOTHER_BODY, BASES, BODY_HEADS, CLAUSE_VERBS, COMMON_ZIPF, EMPTY, MAKER_ENDING_LETTERS, IN_WORDS, MEDIA_NOUNS, NAME_WORDS, OWNING_WORDS, PLURAL_ENDINGS, POSSESSIVE_END,
                                  SUBGROUPS, Scope, asides, attributed_in, dateline, governed, names_in,
                                  opening_comparison, organisations_in, overlapping_names, person_named, place_institution, place_spans, places_in,
                                  places_within, plain_between, read, sources_named, spans_between, speakers_in, specific, studied_in, titled, uncompared,
                                  unnamed, without_asides)
from factlint.check.turning import converted_spans, set_against, turns
from factlint.documents.passage import Surroundings
from factlint.extract import Figure, extract
from factlint.extract.currencies import CODES, DOLLAR_PREFIXES, SYMBOLS
from factlint.lang import LANGUAGES, frequency, lexicon
from factlint.lang.gazetteer import WORLD, gazetteer
from factlint.registry.model import MASKED_GAP
from factlint.text import fold

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True, slots=True)
class Context:
    """What matching reads for one mention: the keys of its own words and of what stands around them, and
    the scope they name (the nearest layer that names a place, and the nearest that names an organisation)."""

    own: frozenset[str]  # keys of the figure's clause (its sentence when that holds one figure)
    sentence: frozenset[str]  # keys of its whole sentence
    around: frozenset[str]  # keys of the leaned-on sentence, list lead-in, table headers and headings
    scope: Scope
    texts: tuple[str, ...]  # the texts read, own first (for explanations)
    own_words: int = 0  # content words of the figure's own clause
    # What a percentage is of ("reserves" in "50% of the world's cobalt reserves"), or what a bare count counts when
    # a label says it ("Moderators who signed the petition: 184").
    measured: str = ""
    per_unit: str = ""  # what a sum is paid per when that is no period ("task" in "30 cents per task")
    change: bool = False  # a percentage that is a change ("lifted open rates by 23%"), no share of anything
    only: bool = False  # its place is said to hold it on its own ("in Cagayan de Oro alone")
    leaning: bool = False  # its sentence leans on what came before it ("They were paid …")
    leaned: frozenset[str] = frozenset()  # keys of the sentence before, when the figure's sentence leans on it
    alone: str = ""  # the organisation its count is said of on its own ("Remotasks alleen al"), as written
    # The places a percentage's whole is of ("60 procent van de Congolese productie" is a share of the DRC's).
    whole: frozenset[str] = frozenset()
    # Why the figure restates no claim, whatever its words: "earlier", the level a change started from ("up from about
    # 40 million a decade ago"); "asked", a demand ("We call on AI firms to pay at least $5 an hour"); "inhabitants",
    # a place's population ("Madagascar, an island of some 30 million people"); "per head", a price charged per
    # worker ("$12.50 an hour per worker"); "difference", what one has more or less than another ("$1.46 an hour more
    # than their Ugandan colleagues"); "" when it may restate one (ASIDES words each for a message).
    aside: str = ""
    # A sum that is a minimum wage ("the island's legal minimum wage of roughly €41 a month"): a legal level, which
    # only a claim of a minimum wage states, not what anyone is said to be paid.
    minimum_wage: bool = False
    # What a clitic before a bare count may stand for: the plurals of the sentence before ("Sommige klusjes duren maar
    # 30 seconden. Een klikwerker doet er dan honderden per dag." -> klusjes, seconden).
    referents: frozenset[str] = frozenset()
    # Its places are only those of the texts around its sentence (the sentence before, a list's lead, a heading): where
    # a claim of the world's was said or read, not what it is of.
    placed_around: bool = False
    # It is given as what a figure named before became ("that had become '$12 a day'"): the claim of that figure is
    # the one it contradicts, however unlike its value.
    turned: bool = False
    # The year its clause dates it to ("de Wereldbank telde in 2015 al 100 tot 400 miljoen"); 0 when none does.
    year: int = 0
    # Of a share, what it is a share of, as its subject or label and its "of" phrase say (SHARE_MEASURES).
    shares: frozenset[str] = frozenset()
    # Its clause denies it ("The DRC does not produce 60% …", "It is not true that 77% …"; check/polarity.py).
    denied: bool = False
    # Its clause gives it as a forecast or a supposition ("Analysts forecast that the DRC will produce over 60% …",
    # "If data labelers were paid …"; check/mood.py).
    supposed: bool = False
    # Its bound excludes its own value ("more than 77%", "minder dan 77 procent"; Language.strict_qualifiers).
    strict: bool = False
    # Of a sum, what it measures (MEASURES): its own noun ("six-figure salaries"), a bonus governing it ("… before
    # signing bonuses that can reach $250,000"), else what its clause between the breaks around it names, else all its
    # own clause and row name.
    measures: frozenset[str] = frozenset()
    # The places a table cell's caption names (a short line before its table: "*Table 1. Cobalt mining in the DRC*",
    # "In the DRC, one country dominates supply:").
    caption_places: frozenset[str] = frozenset()
    # It is neared from below ("nearly 95%", "bijna 95 procent"; Language.below_qualifiers): no value above it.
    below: bool = False
    # The bodies whose own people it counts ("1,300 labellers working for Verdan Labs"; _counted_by).
    counted_by: frozenset[str] = frozenset()

    @property
    def pool(self) -> frozenset[str]:
        return self.sentence | self.around


def context_of(occ: Occurrence, known: frozenset[str] = frozenset()) -> Context:
    """The context of a mention; `known` names the registry's organisations (read as names wherever they stand)."""
    where = occ.where
    # The figure's own statement (its sentence cut at ", and", ";") names its scope first: "…, but China
    # refines 70% of the world's cobalt"; "…, and in Kenya OpenAI's moderators read 250 …" is another's.
    own_text = occ.masked if _blank(occ.statement) else occ.statement
    near = occ.near if _word_count(occ.near) >= OWN_WORDS else own_text
    # Places are read first from the statement up to the comma after the figure: its subject, not a clause after
    # it ("Zambia, whose copper belt …, produces over 60 percent of the world's cobalt, a boast the Congolese
    # delegation found" is said of Zambia). The world named there is what a share is of, no place of the figure's.
    subject = _up_to_figure(occ, near)
    # The statement's words before the figure's clause, when a neighbouring figure cut them off: its subject ("A
    # Salesforce survey of 14,300 shoppers, she added, found that 77% …"), read before any sentence it leans on.
    lead = _lead(own_text, near) if own_text != near else ""
    layers = list(dict.fromkeys(t for t in (_place_of_relative(occ), near, _where_clause(occ), lead, own_text)
                                if t or t is near))
    own_layers = len(layers)
    # A figure standing alone after a label ("…: 184") has a longer label before it than a statement does.
    # Nothing but the figure and its punctuation (looked for near it: a statement may run a whole paragraph).
    alone = not _WORD.search(occ.statement, 0, BEFORE_REACH)
    label = _value_label(occ) if alone else _label(occ.masked, own_text, LEAD_WORDS if occ.previous else LABEL_WORDS)
    leaning = False
    said_before = ""  # the words of its sentence before its statement, read as the statement's subject
    colon_lead = ""  # the sentence's words before a colon, read for the figure's scope only
    if label:
        layers.append(label)  # "**India:** the government estimates …": the label names what follows
    elif (leaning := leans(own_text)) or points_there(own_text, after_noun=True):
        # "Take the Kenyans OpenAI hired: Time found they got …"; "In Davao, …, recruiters see the same: there too,
        # according to them, thousands …": what the sentence says before the statement comes before the one before.
        layers.append(said_before := _before(occ.masked, own_text))
    elif (colon_lead := _before_colon(occ, own_text)) and not read(
            own_text[:_before_purpose(own_text, occ)], known=known).organisations and not _government_says(own_text):
        # "She reminded the judge that Time had found the same among the Kenyans Sama hired for OpenAI: under $2 an
        # hour, and 150 text passages a day": a statement after a colon naming no one is said of whom and where the
        # sentence's lead names, nearer than the sentence before (the lead's words are not the figure's); so is one
        # naming a body only in a phrase of purpose after the figure ("…: less than $2 an hour to keep ChatGPT free of
        # harmful content"; not "…: 150 text passages a day was the load Sama set"). One naming a government names its
        # source ("…, the Luzon Outsourcing Council estimates, and …: the government reckons upwards of two million
        # Filipinos …").
        layers.append(colon_lead)
    if not (label or leaning or colon_lead) and (earlier := _before(occ.masked, own_text)) and \
            _subjectless(earlier, own_text):
        # "Ook de Zuid-Afrikaanse labelers van Ubuntu Annotate kregen minder dan 2 dollar per uur, en moesten eveneens
        # 150 tekstfragmenten per dag lezen": a clause with no subject of its own is said of its sentence's subject,
        # nearer than the sentence before.
        layers.append(said_before := earlier)
    if occ.previous:
        layers.append(occ.previous)
    row_labels = _row_labels(where) if where.kind in ("table_cell", "table_header") else ()
    # Cells under a header saying who cited or reported the figure ("| Cited by |", "| Geciteerd door |") name no
    # organisation of it, as the press's rows do not (below); their places still count.
    citing_labels = _row_labels(where, citing=True) if row_labels else ()
    row_labels = tuple(label for label in row_labels if label not in citing_labels)
    # Rows under a header naming the press ("| Paper | … |", "| Krant | … |") are the papers that reported each figure:
    # their names are no organisation of it (as "Time reported" is not), their places still are.
    spoken = where.kind == "table_cell" and _names_speakers(where.stub_header)
    reported = where.kind == "table_cell" and (_names_press(where.stub_header) or spoken)
    if where.kind in ("table_cell", "table_header"):
        layers.extend(h for h in (where.row_header if not reported else "", where.column_header) if h)
        layers.extend(row_labels)
    named = len(layers)  # organisations are read up to here: a heading's capitals are no names
    if reported and where.row_header:
        layers.append(where.row_header)
    layers.extend(citing_labels)
    filed = dateline(occ.masked)
    if filed:
        layers.append(filed.title())  # read as a place, as a name would be written
    if where.lead:
        layers.append(where.lead)
    layers.extend(reversed(where.headings))
    # "Unlike the AI researchers in Silicon Valley …, the people who label their data are paid …": the group and place
    # compared with are not the figure's (a figure inside the comparison is the comparison's own).
    compared = opening_comparison(own_text)
    if not (compared and 0 <= compared <= _figure_at(occ, own_text)):
        compared = 0
    # The sentence leaned on is read without its own opening comparison: "Niet alleen in Kenia, ook in Tanzania kregen
    # moderatoren … Ze lazen dagelijks 150 teksten" is said of Tanzania.
    scopes = [read(" " * compared + text[compared:] if compared and text == own_text else
                   _uncompared_opening(text) if text == occ.previous else text, known=known)
              if not (compared and text == lead) else EMPTY for text in layers]
    relative = scopes[0].places if layers[0] and layers[0] not in (near, own_text) else frozenset()
    if compared and subject and near == own_text:
        # "In tegenstelling tot Madagaskar verdienen datawerkers in Brazilië …": the subject follows the comparison.
        subject = (max(subject[0], compared), subject[1])
    first = places_within(near, *subject) - {WORLD} if subject else frozenset()
    if subject and (quoted := _quotation(near, _figure_at(occ, near), occ.span[1] - occ.span[0])) and \
            places_within(near, quoted[0], _figure_at(occ, near)) - {WORLD}:
        # '"Australia produces over 60% of the world's cobalt" is the DRC's figure attached to the wrong country': a
        # quotation naming a place of its own before the figure is said of its places, whatever the words around it
        # name (not 'The DRC produces "over 60% of the world's cobalt, much of it refined in China"'; and "'In België
        # weten mensen niet dat meer dan de helft van het kobalt … uit Congo komt,' zegt ze" keeps Congo) up to its
        # clause's end ('"Indonesia now produces over 60% …, so Kinshasa has less leverage"' is Indonesia's).
        at = _figure_at(occ, near) + occ.span[1] - occ.span[0]
        stop = _QUOTED_CLAUSE_END.search(near, at, quoted[1])
        first = places_within(near, quoted[0], stop.start() if stop else quoted[1]) - {WORLD}
    if listed := _listed_places(occ):
        # "… his research on data workers in four countries: Venezuela, Madagascar, Brazil and France"
        first = listed | {c for c in first if not gazetteer().is_city(c)}
    elif first and (spoke := _speakers_place(near, subject[0], _figure_at(occ, near), known)):
        # "Tijdens zijn lezing in Groningen zei Casilli dat er volgens de Wereldbank 100 tot 400 miljoen …": where the
        # speaker spoke is no place of a figure the speech gives its own source for.
        first = frozenset()
        scopes = _places_without(spoke, layers, scopes, (near, own_text), known)
    elif (at := _figure_at(occ, near)) >= 0 and (spoke := _speakers_place_after(near, at, at + occ.span[1] - occ.span[0],
                                                                              known)):
        # "Volgens schattingen van de Wereldbank werken er 100 tot 400 miljoen mensen …, vertelde Casilli in
        # Groningen": so too when the speaker is named after the figure.
        scopes = _places_without(spoke, layers, scopes, (near, own_text), known)
    if not first and subject and subject[1] < len(near) and points_there(near[subject[0]:subject[1]], after_noun=True):
        # "Full-time data workers there earned about €90 to €100 a month, Casilli found in a study of four countries
        # that also covered Venezuela, Brazil and France": a subject placed by "there" is of the place named before;
        # the places of what follows its clause are the attribution's.
        head = near[subject[0]:subject[1]]
        at = own_text.find(head)
        for tail in (near[subject[1]:], own_text[at + len(head):] if at >= 0 else ""):
            if tail.strip():
                scopes = _places_without(tail, layers, scopes, (near, own_text), known)
    elif not first and subject and (tail := _apposition(near, subject[1], _figure_at(occ, near))):
        # "… between 150 and 430 million people, a range so wide that a labour economist in Geneva called it …": a
        # clause inside a noun phrase set beside the figure is about something else; its place is no place of the
        # figure's ("…, the lowest wage in Nigeria" is).
        scopes = _places_without(tail, layers, scopes, (near, own_text), known)
    if first and (said := _complement(near, subject[0], _figure_at(occ, near))):
        # "A trader in Lubumbashi insisted to us that Zambia produces over 60% …": a place opening the reported clause
        # is its figure's; the one before is where the speaker is ("… that the American firm OpenAI paid them" keeps
        # the workers' Kenya).
        first = places_within(near, said, subject[1]) - {WORLD} or first
    elif first and all(gazetteer().is_city(c) for c in first) and len(
            countries := frozenset(gazetteer().country(c) for c in first)) == 1 and _country_opens(
            near, subject[0], _figure_at(occ, near)) and not any(
            not gazetteer().is_city(c) for text in (occ.previous or (occ.prior[0] if occ.prior else ""), *where.headings)
            for c in places_in(text)):
        # "Miners in Kolwezi say the country produces over 60% …": the country the speakers' city lies in (unless the
        # sentence before or a heading named a country: "Congo's mines are booming. Diplomats in Brussels say the
        # country …"; nor cities of two countries: "Traders from Lusaka working in Kolwezi say their country …").
        first = countries
    # A label tagging who says what follows ("**Hanneke uit Zwolle schrijft:**") places its speaker, not the statement.
    tagging = bool(label) and not _SAYING.isdisjoint(fold(w) for w in _WORD.findall(label))
    if not first and label and not tagging and subject and (held := scopes[layers.index(label)].places - {WORLD}):
        # "• Madagascar: full-time microworkers earned roughly €90-100 a month, mostly working for French AI companies":
        # a label's place heads its statement before a clause after the figure's comma does.
        first = held
    # As for organisations below: the rest of a statement that runs past the figure's neighbours comes after what
    # the sentence leans on ("… up to 430 million people …, more than the 340 million inhabitants of the United
    # States": the United States is the other figure's).
    wide = own_text != near
    # Each named layer's scope, and whether it is the figure's own clause's.
    order = [(k < own_layers, scope) for k, (text, scope) in enumerate(zip(layers[:named], scopes[:named]))
             if not (wide and text == own_text)]
    if wide:
        order.append((True, scopes[layers.index(own_text)]))
    ranked = [scope for _, scope in order] + scopes[named:]
    # The world is what a share is of, never who holds it ("Dat land levert ongeveer de helft van al het kobalt dat
    # wereldwijd wordt gedolven": that country's, named in the sentence before).
    share = occ.figure.kind == "percent"
    ranked_texts = [text for text in layers[:named] if not (wide and text == own_text)] + ([own_text] if wide else []) \
        + layers[named:]
    held, placing = next(((held, text) for sc, text in zip(ranked, ranked_texts) if (
        held := sc.places - {WORLD} if share else sc.places)), (frozenset(), None))
    places = specific(relative or first or held)
    world_phrase = _world_measured(near, _figure_at(occ, near), occ.previous or "") if occ.figure.kind == "count" \
        else ""
    if world_phrase and not (places_in(_counted_phrase(occ.after)) - {WORLD}):
        # "Britain's AI sector depends on a global workforce that the World Bank puts at between 150 and 430 million
        # people": a count of a noun phrase the world's adjective opens is the world's, as below (not a place's own
        # count after it: "a global platform of more than 2 million click workers in the Philippines"), or the
        # place's its clause names.
        places = frozenset({WORLD}) if world_phrase == "world" else places | {WORLD}
    elif WORLD in places_in(_counted_words(_counted_phrase(occ.after))) and not share:
        # "… with the contractors who tag their training data abroad — between 150 and 430 million people worldwide":
        # the world said of what the figure counts is its place, whatever else its clause names ("engineers on six-figure
        # salaries in Silicon Valley").
        places = frozenset({WORLD})
    # Whether its places are only those of the texts around its statement: its sentence's other words, the sentence
    # before, a list's lead, a heading; not its own clause's, its label's (unless the label tags a speaker: "**Hanneke
    # uit Zwolle schrijft:**"), its dateline's (see below) nor its table row's.
    # Only a city: a world estimate is no city's, and a city is where it was said; a country or region around it is
    # what the text is about ("## India", "India's data-labelling industry is booming. It employs …").
    if not (relative or first) and placing in where.headings and places and _cities_of_names(placing, places, known):
        # "### Reactie Kenniscentrum Platformwerk Tilburg op vraag 3" over "Time noemde 150 tekstfragmenten per dag": a
        # city only inside a body's name, in a heading, is where the body sits, no place of what the section says.
        places = frozenset()
    placed_around = not (relative or first) and placing is not None and places and all(
        gazetteer().is_city(p) for p in places) and placing not in (
        *layers[:own_layers], colon_lead, label if not tagging else "", filed.title() if filed else "",
        *((where.row_header, where.column_header, *row_labels) if where.kind in ("table_cell", "table_header") else ()))
    if not placed_around and placing is not None and places and _cities_of_names(placing, places, known):
        # "…, zo staat in een interview van de Rijksuniversiteit Groningen": a city naming an institution is where it
        # is, no place of a world estimate it passes on.
        placed_around = True
    if not placed_around and places and WORLD not in places and _placed_before_relative(occ, places):
        # "… volgt andere Franse AI-bedrijven in een industrie waarin volgens de Wereldbank 100 tot wel 400 miljoen
        # mensen werken": the places before a relative of place opening the figure's clause are the sentence's, no
        # place of a world estimate the clause gives.
        placed_around = True
    if not places and (there := occ.previous or (occ.prior[0] if occ.prior else "")) and (
            (subject and points_there(near[subject[0]:subject[1]], after_noun=True)) or (
            any(points_there(text, after_noun=True) for text in (lead, said_before, _up_to_comma_after(occ, near))
                if text))):
        # "Veldt AI, the Accra-based contractor, says … But … moderators there were paid …": there is where the sentence
        # before placed its subject, in an aside too; so in a sentence that does not lean on it otherwise ("By her
        # reckoning more than 2 million people there already do click work", after one on Vietnam).
        places, placed_around = specific(places_in(_LAST_SENTENCE.split(there)[-1]) - {WORLD}), False
    elif not places and (there := occ.previous or (occ.prior[0] if occ.prior else "")) and subject and (
            kind := _place_named_back(occ, near, subject)):
        # "London is catching up. Researchers at the city's AI labs now command six-figure salaries": a place named
        # back by its noun is one of that kind the sentence before names (a city's noun a city), and only the place.
        # (Only the place: its words would let the sentence before's topic vouch for another measure, review-410's "The
        # DRC produces most of the world's cobalt. Children in the country make up over 60% of the miners.")
        places, placed_around = specific(frozenset(
            c for c in places_in(_LAST_SENTENCE.split(there)[-1]) - {WORLD}
            if gazetteer().places[c].kind in _NAMED_BACK_KINDS[kind])), False
    if _counts_countries(occ.figure):
        # A place's adjective describing another noun is none of the countries counted: one before the count ("de
        # Parijse socioloog onderzocht datawerkers in vier landen") or describing people in a clause after it ("…,
        # Casilli told the Kenyan audience"); one after the count is the countries' own ("four low-income African
        # countries", "vier landen op het Afrikaanse continent").
        start = _figure_at(occ, near)
        described = frozenset(c for a, b, codes in place_spans(near) for c in codes if not _place_noun(near, a, b)
                              and (b <= start or _describes_people(near, start, a, b)))
        if relative or first:
            places = specific(places - described)
        else:
            # "datawerkers in vier landen" after "wereldwijd …" or "De nieuwe Europese AI-wet …": the countries are what
            # it counts; a place of the sentences around it is none of theirs, its own statement's may be.
            places = frozenset() if places == {WORLD} else specific(next(
                (sc.places - described for mine, sc in order if mine and sc.places - described), frozenset()))
    if filed and places and places == scopes[layers.index(filed.title())].places and not any(
            sc.places for sc in scopes[:layers.index(filed.title())]) and not governed(occ.masked):
        # "WASHINGTON (AP) — Somewhere between 150 and 430 million people …": the city a report was filed from is no
        # place of a figure said of the world, which may be filed from anywhere; another country's figure it is not.
        # Unless its sentence has a government say it ("KAMPALA — …, the government estimates"): the dateline's.
        places = places | {WORLD}
    # Organisations: the figure's clause's (all of them: an attribution after the comma names the origin), then
    # what the sentence leans on, and only then the rest of its statement ("His team studied … in four countries
    # …, in a country where …, the World Bank's poverty line": Casilli's team, of the sentence before, not the
    # World Bank of a clause about something else).
    here, organisations, named_in = next(((mine, s.organisations, text) for (mine, s), text in zip(order, ranked_texts)
                                          if s.organisations), (False, frozenset(), None))
    # "…, said Ibrahim Yilmaz, who cited Antonio Casilli's fieldwork: in Madagascar, …": a name in the last clause of
    # the lead before a colon opening the figure's statement is named there, as its source; not one of a clause before
    # ("… an Adobe study she cited, and the chain's own panel found much the same: 77% …").
    here = here or (bool(colon_lead) and named_in == colon_lead and overlapping_names(
        organisations, read(_CLAUSE_BREAK.split(colon_lead)[-1], known=known).organisations))
    if here and named_in == near and (commented := _commented_names(near, _figure_at(occ, near), known)):
        # "Brightfold told its clients that 77% of British consumers want …, which I think is just Adobe's number": a
        # comment after the figure, who says it named before it, is no source of it.
        organisations = organisations - commented
        here = bool(organisations)
    government = frozenset()  # the government a statement has say its figure (in the figure's own clause)
    government_says = _government_says(own_text)
    if government_says and _government_says(near):
        if named_in and named_in not in own_text and named_in in occ.masked:
            # "Het Ochtendblad opent met de Filipijnen: de overheid daar schat dat …": a statement that has a government
            # say its figure is none of the names before it in its sentence (a paper, a speaker) …
            organisations = frozenset(n for n in organisations if governed(n))
            here = here and bool(organisations)
        if not any(governed(n) for n in organisations):
            # … but its place's government's, or a government's ("according to the government, 77% …" is not Adobe's),
            # beside those it names ("volgens de overheid daar kregen moderatoren voor OpenAI …").
            government = frozenset(f"{gazetteer().country(p).lower()} {GOVERNMENT}" for p in places
                                   if p != WORLD) or frozenset((GOVERNMENT,))
            here, organisations = True, organisations | government
    if not here and named_in is not None and named_in == occ.previous and _person_set_apart(occ.masked) and (
            cited := attributed_in(occ.previous, known=known)) and not any(person_named(n.split()) for n in organisations):
        # "Volgens … de Wereldbank werken er … Zelf onderzocht hij datawerkers in vijf landen, …": a person set against
        # what the sentence before cites, when it names no person, is none of its bodies ("According to a Sama
        # spokeswoman, … She said …" is Sama's; "Citing an Adobe study, Priya Raman … she added, 77% …" is Adobe's).
        organisations = organisations - cited
    if organisations and named_in not in (near, own_text) and _opens_with_part_of_them(near):
        # "The World Bank estimates that 430 million people do the data work. Some of them take home as little as $1.46
        # a day": what part of those counted before is paid is said of them, not by who counted them.
        here, organisations = False, frozenset()
    if not (organisations or places or label or leaning or government_says) and (
            said := _colon_lead(occ, own_text)):
        # "Deloitte kwam in een eigen enquête op precies hetzelfde uit: 77 procent wil …": a statement naming no one
        # after a colon is said by whom the sentence's lead names (its words are not the figure's).
        lead_scope = read(said, known=known)
        here, organisations, places = True, lead_scope.organisations, specific(lead_scope.places - {WORLD})
        placed_around = False
    if not organisations and own_text != occ.masked and _opens_with_figure(occ, own_text) and \
            (earlier := _before(occ.masked, own_text)) and MASKED_GAP in earlier and \
            (found_by := _finder(earlier, known)):
        # "A Lakeshore Analytics poll … found 61% of likely voters …, and 77% of Ohio shoppers say …": a figure
        # opening a clause joined to a finding of another is the same finder's (not "…, and in Cagayan de Oro alone
        # thousands …", nor "…, and said full-time microworkers … earned …": clauses of their own).
        here, organisations = True, found_by
    if not organisations and occ.credited and (credited := _credited_body(occ.credited, known)):
        # '"77% of consumers want brand experiences personalised to their needs." (Northfold Research)': the bracket
        # set after a quotation names its source, when it names a body (not a speaker, an agency or a photo credit:
        # "(Billy Perrigo)", "(Belga)", "(AP Photo)").
        here, organisations = True, credited
    if not organisations:
        # "## Wat de OESO zegt", "### Oracle-enquête: …": a heading that says whose figures follow names their source;
        # so does a list's lead-in set as one ("**From the Brandpulse Consumer Index, a panel run by a Leeds agency**").
        bold = ((where.lead, True),) if where.lead_titled and where.lead not in where.headings else ()
        organisations = next((f for text, studies in (*bold, *((h, False) for h in reversed(where.headings)))
                              if (f := sources_named(text, known=known, studies=studies))), frozenset())
        if not organisations and bold:
            # "**Belangrijkste bevindingen van het instituut**": a body named by its kind, as "de bank" names the
            # registry's World Bank; another kind is another body than the registry's.
            organisations = _kind_named(where.lead, known)
    before = scopes[layers.index(occ.previous)] if occ.previous else EMPTY  # the sentence leaned on
    # (or in the statement's words before a neighbouring figure cut its clause: "Uit een eigen enquête van de federatie
    # bij 1.500 Vlaamse consumenten bleek … 77 procent")
    if occ.previous and (noun := named_back(near, occ.previous) or (lead and named_back(lead, occ.previous))):
        # "Eerder sprak de bank nog van …" after "Volgens de Wereldbank …": the bank named back is the figure's source.
        if noun in ORGANISATION_NOUNS:
            # "The company" is the one the sentence before is about, its subject: "Remotasks criticised the World
            # Bank. The company says …" is Remotasks's; none when its subject is no name the registry or prose shows.
            opening = len(" ".join(occ.previous.split()[:SUBJECT_NAME_AT]))  # where its subject's name starts
            # Or the name the sentence before gives that kind of organisation: "The Dutch pollster indiQ asked …"
            referred = frozenset(name for start, _, name in names_in(occ.previous, known=known)
                                 if name in before.organisations and (start < opening or
                                                                      _kind_of(occ.previous, start).endswith(noun)))
        else:
            referred = frozenset(o for o in before.organisations if heads_noun(o, noun))
        if referred:
            # Named back, the sentence before's others are not the figure's ("… criticised the World Bank").
            here, organisations = True, (organisations if here else frozenset()) | referred
    if not here and subject and (kind := _kind_subject(near[subject[0]:subject[1]], known, occ.previous)):
        # "het platformbureau in brussel kwam vorig jaar uit op honderd tot vierhonderd miljoen": a body named by its
        # kind is whose the figure is, before what the sentences around it name.
        here, organisations = True, kind
    # A group of the sentence leaned on is the figure's only when its own clause names no place of its own ("Zijn team
    # zag in Madagaskar dat …" after a sentence on regulators is not said of the regulators).
    previous_at = layers.index(occ.previous) if occ.previous else -1
    # The figure's own statement names its group up to the comma after it: "… take home as little as $1.46 an hour
    # after tax, a world away from the six-figure salaries of AI researchers" is not said of the researchers.
    own_at = {k for k, text in enumerate(layers) if text in (near, own_text)} if subject else set()
    # (Its asides left out: "**Dr. Ineke Vos** (onderzoeker digitale arbeid) herinnerde eraan dat …" is no researchers'.)
    groups = lexical.populations(subject_text := uncompared(plain_between(near, *subject))) if subject else frozenset()
    if groups and (inside := frozenset().union(*(lexical.populations(subject_text[a:b]) for a, b, _ in names_in(
            subject_text, known=known))) & groups):
        # A group's word in a name is none of its groups: "roughly two-thirds (Kids Mine Cobalt, quoted in …)" (read
        # with the names in, as "the labour researcher Aminata Ndour" is a person's title, no group).
        groups -= inside - lexical.populations(unnamed(subject_text, known))
    if groups and (told := _told_of_people(near, subject[0], _figure_at(occ, near))):
        # "Investors will remember Time's reporting that the Kenyan workers OpenAI hired … were paid less than $2 an
        # hour": a reported clause with people of its own as its subject is said of them, not of who tells it.
        groups = lexical.populations(uncompared(near[told:subject[1]]))
    elif groups and (counted := _reported_count(near, subject[0], _figure_at(occ, near), occ.after)) is not None:
        # "Een activistische belegger hield haar voor dat volgens de Wereldbank 100 tot 400 miljoen mensen in deze
        # industrie werken": a reported clause whose subject is the figure's count of people is said of them, not of
        # the investor who tells it.
        groups = lexical.populations(counted)
    elif subject and (described := _described_people(near, subject[0], _figure_at(occ, near))):
        # "… starts each term with the Kenyan contractors who were paid less than $2 an hour": a relative clause on
        # people, the figure in it, is said of them, not of the clause it hangs in (the lecturer's).
        groups = lexical.populations(uncompared(near[described:subject[1]]))
    # Nor is the group of a sentence leaned on that speaks for its writer ("Ik verdien als schoonmaker …").
    mine = previous_at >= 0 and speaks_for_self(occ.previous)
    # Nor any group of the texts around when the figure's own subject names people in general ("what OpenAI's Kenyan
    # contractors were paid" under "the figures readers asked about"): the figure is theirs, of no group named. So
    # does a place's people ("the Kenyans OpenAI hired to filter ChatGPT earned under $2 an hour" under "Nordic
    # operators hunt for AI talent").
    said = _WORD.findall(near[subject[0]:min(subject[1], subject[0] + SUBJECT_CHARS)]) if subject else []
    general = subject and not groups and (any(lexical.names_people(w) for w in said) or _described_people_of_place(said))
    if subject and not (general or groups) and (held := next((sc for k, sc in enumerate(scopes) if sc.populations and (
            k not in own_at and not (k == previous_at and (first or mine)))), None)) is not None and held.places:
        # Nor does a place's people take a group named around of another country: "## Engineers in Silicon Valley" over
        # "Kenyans earned less than $2 an hour" (a group in their own country is theirs: "# Call-centre agents in
        # Nairobi" over "The Kenyans earned …").
        general = _people_elsewhere(said, held.places)
    if subject and not (general or groups) and occ.previous and said and fold(said[0]) in _PLURAL_PRONOUNS:
        # So too a plural pronoun after a sentence naming workers in general: "… met hulp van laagbetaalde werkers. Die
        # houden soms maar 1,46 dollar per uur over" under "## Klanten willen persoonlijke reclame" is theirs.
        last = _LAST_SENTENCE.split(occ.previous[-CLAUSE_CHARS:])[-1]  # bounded: read once per figure
        general = not lexical.populations(last) and any(WORKER in lexical.keys(w) for w in _WORD.findall(last))
    if subject and not (general or groups) and lead and _verb_first(near) and (
            told := _told_of_people(lead, 0, len(lead))):
        # "Investors have been jittery since Time reported that the Kenyan workers OpenAI used … were paid less than $2
        # an hour and had to read around 150 text passages a day": a clause with no subject of its own shares the
        # subject of the reported clause it is joined to, not its teller's.
        groups = lexical.populations(reported := uncompared(lead[told:]))
        general = not groups and any(lexical.names_people(w) for w in _WORD.findall(reported))
    if subject and not (general or groups) and lead and _verb_first(near) and not lexical.populations(lead):
        # So too the statement's lead, before a neighbouring figure cut the clause: "Keniaanse werkers die … moesten
        # filteren, kregen minder dan 2 dollar per uur en kregen 150 tekstfragmenten per dag voorgelegd" is theirs,
        # not the investors' of the sentence before (when the clause has no subject of its own: not "en hun chefs
        # kregen …").
        general = any(lexical.names_people(w) for w in _WORD.findall(lead[:SUBJECT_CHARS]))
    if subject and not (general or groups) and colon_lead and not lexical.populations(colon_lead):
        # So too the sentence's lead before a colon: "She was among the Kenyan contractors who … read descriptions of
        # abuse …, and she remembers the numbers: a quota of about 150 text passages a day" is theirs, not the
        # "Night Readers" of a feature's title.
        general = any(lexical.names_people(w) for w in _WORD.findall(colon_lead))
    if not general and not groups - BASES:
        # (who works full time or part time is said of the group named around: "those who did it full-time")
        # A heading's audience ("# The Night Readers", "# De lezers van Nairobi") is no group of the figures under it (a
        # reader's 150 passages a day), but a share may be the audience's ("## Listeners" over "77% want episodes
        # personalised, the station's survey found"), unless its own statement names whose it is ("## Readers ask" over
        # "… 77% want them that way, according to a recent Adobe study").
        heard = [_without_audience(text) if text in where.headings and (not share or here) else sc.populations
                 for text, sc in zip(layers, scopes)]
        nearby = next((held for k, held in enumerate(heard) if held and k not in own_at
                       and not (k == previous_at and (first or mine))), frozenset())
        # (a basis of the figure's own clause is its: "parttimers …, die net zo goed …" after the full-timers' pay)
        groups = groups | (nearby - BASES if groups & BASES else nearby)
    if groups & _COUNTED_ONLY:
        # A part of a population (the young, women) is the figure's only when it names what the figure counts
        # ("more than 2 million young Filipinos"), not a detail near it ("passages describing child abuse"); so are
        # the journalists who report it ("When Time's reporters tracked down …, they found …").
        kept = lexical.populations(_counted_words(occ))
        if occ.figure.kind == "money" and subject:
            # "In de Congolese kobaltmijnen verdienen kinderen net zo goed 1,46 dollar per uur": the pay of the people
            # its clause names before it in a plural of their own (not "descriptions of child abuse", nor "misbruik van
            # kinderen" after it).
            kept |= frozenset(g for w in _WORD.findall(near, subject[0], max(subject[0], _figure_at(occ, near)))
                              if _people_plural(w)
                              for g in lexical.populations(w))
        groups = (groups - _COUNTED_ONLY) | (kept & _COUNTED_ONLY)
    around = [text for text in layers[1:] if text != own_text and text != lead and text != colon_lead]
    own_text = near
    if occ.context:
        around.append(occ.context)
    # Who says it: in the figure's clause, or, when its statement names no organisation, in what it leans on
    # ("…,' Casilli told the audience. His team's fieldwork covered four countries").
    speakers = speakers_in(near, known=known)
    if not here:
        # Not from the sentence before when the figure's own sentence names its source before a colon: "The IMF told us
        # it has published no such estimate. The range matches a recent World Bank estimate: between …" is the bank's.
        said_here = previous_at > own_layers and any(sc.organisations for sc in scopes[own_layers:previous_at])
        # Nor when a text stands before the figure in its own clause ("In het Engelstalige blog dat over dezelfde
        # schatting schrijft, is het …" after "…, zegt Casilli"): the blog is who says it now.
        said_here = said_here or not MEDIA_NOUNS.isdisjoint(
            fold(w) for w in _WORD.findall(near, 0, min(SUBJECT_CHARS, max(0, _figure_at(occ, near)))))
        speakers |= frozenset().union(*(speakers_in(text, known=known) for k, text in enumerate(
            layers[own_layers:named], own_layers) if not (said_here and k == previous_at)))
    persons = beside = frozenset()  # the organisations that are a person's name, and the bodies beside them (Scope)
    if (speakers or organisations) and occ.figure.kind != "percent" and _quoted_of_self(near, _figure_at(occ, near)):
        # "'I earn ninety to a hundred euros a month,' says Fanja Ravelo", "'Ik verdien …,' vertelt ze" after a
        # sentence on her: a person telling of themselves is whom the figure is of, no source of it (as in "She says
        # she was paid …").
        speakers = frozenset()
        organisations = frozenset(n for n in organisations if not person_named(n.split()))
        here = here and bool(organisations)
    if not here and organisations and occ.previous and not _person_among_others(occ.masked) and (
            _opens_with_person(occ.masked) or _person_reports(occ.masked) or
            pronoun_speaks(occ.masked[:ANOTHER_REACH])) and not _self_report(occ.masked) and \
            organisations.isdisjoint(organisations_in(occ.masked, known=known)) and \
            NAME_WORDS.origins.isdisjoint(fold(w) for w in _WORD.findall(occ.previous[:CLAUSE_CHARS])):
        # "Katleen Gabriëls … is more sceptical than Jeroen Baert. She argues that …": the name that opens the sentence
        # before is hers, as if named here; not its employer ("He spent years at Google"), nor one it compares, nor
        # one her own sentence cites ("Hij haalt de Wereldbank aan: wereldwijd zouden …"), nor one whose report it
        # passes on ("Tamsin recaps the Time report on OpenAI's Kenyan moderators. She recalls that …").
        opening = _opening_name(occ.previous, known)
        if opening and _a_body_opens(occ.previous, opening, known) and (people := frozenset(
                n for _, _, n in names_in(occ.previous, known=known) if (person_named(n.split()) or titled(n))
                and n.split()[-1] not in opening)):
            # "Beeldbaak, dat beeldherkenning levert, liet computerwetenschapper Jeroen Baert de dag openen. Hij denkt
            # …": a person's pronoun stands for the person named, not for a body opening the sentence (one a thing's
            # relative describes; not "Casilli, die …, werd geïnterviewd door journaliste Maartje Dijkgraaf. Hij
            # zegt …", nor "Ethicus Katleen Gabriëls is sceptischer dan Jeroen Baert. Zij …").
            opening = people
        if opening:
            here, organisations, persons = True, opening, opening
            beside = organisations_in(occ.previous, known=known) - opening
    if (not here or named_in == occ.previous) and occ.previous and owned_study(occ.masked[:OWNED_CHARS]):
        # "Concurrent Spraakhuis is sceptisch. Ook in zijn eigen klantenonderzoek wilde 77 procent …": the study is
        # the subject's of the sentence before, none of the others it names ("Hij opent met de Wereldbank"), nor one it
        # cites ("Quill cites Adobe's study: … Her own company's poll found 64% …").
        organisations = _owner(occ.previous, known)
        here = bool(organisations)
    if not here and occ.previous and _opens_with_possessive(occ.masked) and not _opening_name(occ.previous, known):
        # "… he said, citing recent World Bank estimates. His team … found that …": a person's team, no organisation
        # the person cited, nor one who spoke there.
        organisations, speakers = frozenset(), speakers_in(near, known=known)
    others = frozenset()
    if occ.previous and another_source(occ.masked[:ANOTHER_REACH]):
        # "Another poll found that 77% …" after a sentence naming Adobe's study: not Adobe's, nor its source.
        others = before.organisations
        if not here:
            organisations = frozenset()
    elif (at := _figure_at(occ, occ.masked)) > 0 and (another_body(lead_in := uncompared(occ.masked[
            max(0, at - ANOTHER_REACH):at])) or peoples_origin(lead_in)):  # (a bounded reach: a paragraph stays linear)
        # "Een Keniaanse vakbond meldt dat moderatoren die voor een ander Amerikaans techbedrijf werkten, ook minder
        # dan 2 dollar per uur kregen": another body's figure, unnamed, is none of the claim's bodies'; nor is a
        # study named by a people's adjective alone ("A Welsh survey found that 77% …").
        others = frozenset({ANOTHER_BODY})
    elif colon_lead and organisations and (last := _CLAUSE_BREAK.split(colon_lead)[-1]) and (
            owned_study(last.strip(), within=OWN_LEAD_WORDS) or anothers_own_study(last)[0] >= 0) and \
            sum(fold(w) in NAME_WORDS.origins for w in _WORD.findall(last)) < 2:
        # "… opened with an Adobe study, and then her own chain's shopper panel found nearly the same: 77% …": the last
        # clause before the colon has its own study say the figure; the bodies the clauses before cite are others (not
        # when it studies a study: "…, and then her own analysis of that study showed the same: 77% …"), not the one
        # opening the lead, whose own it is ("Adobe surveyed 5,000 shoppers, and its own report is clear: 77% …").
        opening = len(" ".join(colon_lead.split()[:SUBJECT_NAME_AT]))
        lead_names = names_in(colon_lead, known=known)
        owner = frozenset(name for start, _, name in lead_names[:1] if start < opening)
        others = frozenset(n for n in organisations if not overlapping_names(frozenset((n,)), owner) and
                           overlapping_names(frozenset((n,)), frozenset(name for _, _, name in lead_names)))
        organisations = organisations - others
    elif liked := _likened(occ, known):
        # "Her own loyalty-club survey … found that 77% of members want the same thing, a result she admits is
        # 'suspiciously close' to Adobe's": a study's figure likened to a body's is not that body's.
        others = liked
        organisations = frozenset(n for n in organisations if not overlapping_names(frozenset((n,)), liked))
    # "Our own 2024 shopper panel found that 77% …", after a sentence on Adobe's study: the writer's own source, no
    # organisation of the sentences around it.
    # (Its whole statement: "we interviewed 36 data workers in four countries" is the writer's past the 36.)
    own = not here and (own_source(near[:max(0, _figure_at(occ, near))]) or (
        occ.statement != near and own_source(occ.statement[:max(0, _figure_at(occ, occ.statement))])) or (
        # "Our own panel of UK shoppers came out almost identical: 77% want …": so too before the colon it follows,
        # unless what a source found is named there ("Our own survey backs up what Adobe found: 77% …"; not "Wij
        # kwamen los van de Wereldbank, met een eigen methode, op … uit: 100 tot 400 miljoen").
        (said := _before_colon(occ, own_text)) and own_source(said) and not (
            read(said, known=known).organisations and not CLAUSE_VERBS.isdisjoint(fold(w) for w in _WORD.findall(said)))) or (
        # "In our own visitor survey …, 38% of visitors said …, and more than three-quarters said …": a clause joined
        # by "and" goes on with what the sentence's opening reports.
        (opening := _before(occ.masked, occ.statement)) and _joined_by_and(opening) and own_source(opening)))
    if own:
        organisations = frozenset()
    if not (here or own) and (owner := _anothers_owner(occ, known)):
        here, organisations = True, frozenset((owner,))
    # Whom the figure's own clause has say it ("Volgens Remotasks zelf …"), not whom it only names.
    said_by = attributed_in(near, known=known) & organisations if here and organisations else frozenset()
    if government:
        said_by |= government & organisations
    if said_by and _named_reporter(occ.masked[max(0, _figure_at(occ, occ.masked)):]):
        # "…, as Time revealed", "…, meldde Time": a paper that reported it passes a government's word on.
        said_by = frozenset(n for n in said_by if not governed(n))
    # One a clause before the figure has say something ("according to the World Bank"), when a relative clause on the
    # speaker stands between it and the figure, says no more than that clause: the figure is the speaker's ("Volgens de
    # Wereldbank groeit het klikwerk, zegt Remotasks, dat zelf 150 tot 430 miljoen werkers telt").
    if said_by and (voiced := said_by | speakers_in(near, known=known)) and (unreached := frozenset(
            name for name in said_by if not _governs(near, name, _figure_at(occ, near), voiced - {name}))) and \
            voiced - unreached:
        said_by, organisations = said_by - unreached, organisations - unreached
    # Whose study the figure's own statement says it is from: before it ("According to a Fairwork study, …"), also
    # before a neighbouring figure cut its clause ("A Fairwork survey of 40 platforms found that …"), or in a short
    # clause right after it ("…, a Fairwork study found."); not a study a clause after it tells of ("…, according to
    # Time, a figure a University of Oxford study later confirmed").
    studied = _studied(occ, near, lead, known) if here and organisations else frozenset()
    organisations |= studied
    if given := restated_source(near[:max(0, _figure_at(occ, near))]):
        # "Antsiro's investor presentation had given Casilli's figure as €90–100 a week": the source's figure, whoever
        # restates it; the restater's words say nothing of what it counts. (A name by where it stands; one that is a
        # common word, "the Time figure", names no body to tell apart.)
        name = fold(given)
        organisations = said_by = frozenset((name,)) if frequency.zipf(name) < COMMON_ZIPF else frozenset()
        here, groups, speakers, others, studied = True, frozenset(), frozenset(), frozenset(), frozenset()
    scope = Scope(places, organisations, groups, origins=studied, speakers=speakers,
                  named_here=here and bool(organisations), others=others, said_by=said_by, own=own,
                  persons=(persons := (persons | frozenset(filter(titled, organisations))) & organisations),
                  beside=(beside | (frozenset(name for _, _, name in names_in(occ.masked, known=known)) - persons
                                    if persons else frozenset()))) if places or organisations or groups or speakers or others \
        or own else EMPTY
    own_keys, own_words = _pool([own_text], known), _word_count(own_text)
    # (a conversion only of a sum: "Omgerekend is dat nog geen 1,90 euro per uur")
    turned = turns(own_text, converted=occ.figure.kind == "money")
    if not turned and occ.figure.kind == "money" and not occ.previous and own_text != occ.statement and \
            _converted_here(occ):
        # "… about €90–100 a month, per Casilli's fieldwork – roughly $100–110 at today's exchange rate": the figure
        # before given again, read on its words.
        turned, own_keys = True, own_keys | _pool([occ.statement], known)
    if own_words >= OWN_WORDS and set_against(occ.masked, _figure_at(occ, occ.masked)) and not _restated(occ):
        # "… 150m–430m people do data work (not 1.5 billion, as a podcast claimed)": what the figure before is not, read
        # on its sentence's words, when its own clause says too much of its own to lean on them ("…, not $20." does).
        # Who said it instead is where the wrong figure came from, no scope of it ("not $20, as a LinkedIn post had it").
        turned, own_keys = True, own_keys | _pool([occ.masked], known)
        told = read(own_text, known=known).organisations | speakers_in(own_text, known=known)
        if told:
            kept = scope.organisations - told
            scope = replace(scope, organisations=kept, speakers=scope.speakers - told, said_by=scope.said_by - told,
                            origins=scope.origins - told, named_here=scope.named_here and bool(kept))
    if colon_lead and (not _NAMING_FIGURES.isdisjoint(lead_words := frozenset(fold(w) for w in _WORD.findall(
            colon_lead))) or (not _REFERRING_NOUNS.isdisjoint(lead_words) and len(lead_words) <= MEASURE_LABEL_WORDS)):
        # "Casilli repeats the World Bank's estimate …: 100 million to as many as 400 million people work …", "(a)
        # The DRC's share of the world's cobalt: … do not accept 'about 40%'": a lead naming a figure, or a label
        # naming a measure, says what the figure after its colon is.
        own_keys |= _pool([colon_lead], known)
    if own_words >= OWN_WORDS and len(occ.clause) != len(occ.masked) and not _part_of_them(occ) and (
            tail := _own_phrase(occ)) is not None:
        # A clause cut by the figure before it, whose words are that figure's but for a phrase of no words of its own:
        # "… read 150 passages of text a day, many describing abuse, for under $2 an hour." is the sentence's pay.
        own_words = _word_count(tail)
    if occ.figure.kind == "money" and occ.figure.per is not None and own_words >= OWN_WORDS and len(occ.clause) != len(
            occ.masked) and not _BREAKS.search(near) and _priced(near, _figure_at(occ, near)):
        # "… read 150 text passages a day for less than $2 an hour": a sum paid for what its clause did, whose words
        # between its neighbour and it are the neighbour's (what was read), is read on its whole statement.
        own_words = 0
    # Under a stub of speakers, what the row's other labels say is the figure's own ("| Dr Rademaker | People working
    # in the AI data industry, World Bank estimate | 100–400 million |"), not who said it.
    # Otherwise the row's label and its other labels but figures ("four"): "| Wereldwijd, onderkant van de markt |
    # AI-training, na belasting | vanaf 1,46 dollar per uur |" is pay after tax for AI training.
    # (cells kept apart: "Madagaskar" beside "interview met Antonio Casilli" is no "Madagascar interview", the press's)
    row = (" | ".join(row_labels) if spoken else " | ".join((where.row_header, *(
        label for label in row_labels if not extract(label, occ.lang))))) if where.kind == "table_cell" else ""
    if row and own_words < OWN_WORDS and _word_count(row) >= OWN_WORDS:
        # A row's label that says enough is the cell's own clause ("This newsletter's freelance fact-checkers | 35"):
        # a row naming none of a claim's words is not its figure, whatever the table's heading says.
        own_keys, own_words = own_keys | _pool([row], known), _word_count(row)
    elif row:
        # What a row's label says a sum measures is the cell's own: "| Huur van een kamer | 60 |" is rent, no pay.
        own_keys = own_keys | (_pool([row], known) & MEASURES)
    return Context(own_keys, _pool([occ.masked], known), _pool(around, known, where.headings), scope,
                   (own_text, *around), own_words,
                   measured(occ) or _label_noun(occ, label, occ.statement) or _age(occ),
                   per_unit(occ), occ.figure.kind == "percent" and is_change(_preceding(occ, CHANGE_CHARS), occ.after),
                   (_only(near, *subject, _figure_at(occ, near)) or (occ.figure.kind == "percent" and _parts(
                       places_within(near, subject[0], max(subject[0], _figure_at(occ, near))) - {WORLD})))
                   if subject else False,
                   bool(occ.previous or (not label and leaning)),
                   _pool([occ.previous], known) if occ.previous else frozenset(),
                   _alone(near, *subject, known) if subject and occ.figure.kind in ("count", "money") else "",
                   _whole(occ, near) if occ.figure.kind == "percent" or (where.kind == "table_cell" and any(
                       _percent_header(h, occ.lang) for h in (where.row_header, where.column_header))) else frozenset(),
                   _aside(occ, label),
                   occ.figure.kind in ("money", "count") and is_minimum_wage(  # a header may make a count a sum
                       _preceding(occ, MINIMUM_CHARS), occ.after, label, where.lead,
                       *((where.row_header, where.column_header, *row_labels) if where.kind == "table_cell" else ()),
                       # "**$7.25.** The US federal minimum hourly wage …": a figure standing alone, what follows it
                       occ.previous if stands_alone(occ.masked) else ""),
                   _referents(occ), placed_around and bool(places), turned,
                   _dated(near, at := _figure_at(occ, near), at + occ.span[1] - occ.span[0] if at >= 0 else -1),
                   _shares(occ, near, label) if occ.figure.kind == "percent" else frozenset(),
                   denies(occ.masked, *occ.span, occ.lang),
                   # (Not a heading over paragraphs: "Voltanis Slumps After Cutting Forecast as Cobalt Costs Bite" is news.)
                   supposes(occ.masked, *occ.span, occ.lang) or forecasts(
                       label, _last_sentence(where.lead) if occ.opening else "",
                       headers=(where.stub_header, where.row_header, where.column_header)
                       if where.kind in ("table_cell", "table_header") else ()),
                   occ.figure.qualifier in ("min", "max") and _strict(occ),
                   # (a count too: a header may make it a sum, "| Huur van een kamer | 60 |" under "(euro)")
                   _sum_measures(occ, own_keys) if occ.figure.kind != "percent" else frozenset(),
                   places_in(where.caption) if where.kind == "table_cell" and _word_count(where.caption) <= CAPTION_WORDS
                   else frozenset(),
                   occ.figure.qualifier == "approx" and _qualified_by(occ, _BELOW),
                   _counted_by(near, _figure_at(occ, near), occ.span[1] - occ.span[0], known)
                   if occ.figure.kind == "count" else frozenset())


def _sum_measures(occ: Occurrence, own: frozenset[str]) -> frozenset[str]:
    """What a sum measures: what the stretch of its clause between the breaks around it names, else what its own clause
    (and row) names."""
    low = max(0, occ.span[0] - MEASURE_REACH)
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(occ.masked, low, occ.span[0])), default=low)
    before = occ.masked[start:occ.span[0]]
    for head in itertools.islice(_WORD.finditer(occ.masked, occ.span[1], occ.span[1] + SUM_NOUN_CHARS), SUM_NOUN_WORDS):
        if fold(head.group()) in _STOP:
            break  # no noun of the sum's own: "… €250 a month' once bonuses were counted"
        if named := lexical.keys(fold(head.group())) & MEASURES:
            return named  # the sum's own noun: "$250,000 signing bonuses", "six-figure salaries"
    if _bonus_governs(before):
        return BONUS_MEASURE
    # (and after it, where Dutch puts the verb: "… dat datawerkers 'zo'n 90 tot 100 euro per week' verdienen")
    high = min(len(occ.masked), occ.span[1] + MEASURE_REACH)
    end = m.start() if (m := _CLAUSE_BREAK.search(occ.masked, occ.span[1], high)) else high
    return (lexical.pool([before, occ.masked[occ.span[1]:end]]) & PAY_MEASURES) or own & PAY_MEASURES


def _bonus_governs(before: str) -> bool:
    """Whether a noun of a bonus governs the sum after `before`: within BONUS_WORDS words before it, no noun of people,
    of pay or "and" between ("bonuses that can reach", "The accuracy bonus is"; not "Apart from a small bonus Kenyan
    moderators got", "Even with the bonus they earned", "kregen geen bonus en minder dan …", nor a bonus after the sum:
    "… an hour and no bonus at all")."""
    found = _WORD.findall(before)
    for k in range(len(found) - 1, max(-1, len(found) - 1 - BONUS_WORDS), -1):
        word = fold(found[k])
        keys = lexical.keys(word)
        if BONUS in keys:
            return True
        if not PAY_MEASURES.isdisjoint(keys) or word in _AND_WORDS or lexical.names_people(word):
            return False
    return False


SUM_NOUN_WORDS = 2  # words after a sum its own noun stands within ("$250,000 signing bonuses")
SUM_NOUN_CHARS = 40  # and characters
BONUS = "@bonus"  # the paraphrase class of "bonus", "bonuses", "bonussen": paid on top of pay, no pay itself
BONUS_MEASURE = frozenset({BONUS})
BONUS_WORDS = 6  # words from a noun of a bonus to the sum it governs ("bonuses for such hires now average")
MEASURE_REACH = 120  # characters on each side of a sum read for the measure its clause names


# (not in a handle, "ouwehoer1961"; a decade dates it too, "in the 2010s")
_YEAR_AT = re.compile(r"(?<![\w.,/-])((?:19|20)\d\d)(?![\d.,/-]?\d)(?:(?=['’]?s\b)|(?![^\W\d_]))")
_SPAN_LEADS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.span_leads)
DATED_REACH = 120  # characters before a figure read for the year its clause dates it to


def _dated(statement: str, at: int, end: int = -1) -> int:
    """The year the figure's clause dates it to: the last year before it, near it ("As far back as 2016, the World Bank
    was already estimating …"), else one after it in its clause ("… 100 tot 400 miljoen klikwerkers in 2015"); not one
    in an aside between commas ("OpenAI, founded in 2015, paid …") nor one that opens a span to now ("since 2015");
    0 when none does."""
    if at <= 0:
        return 0
    low = max(0, at - DATED_REACH)
    low = max((m.end() for m in _BREAK_BEFORE.finditer(statement, low, at)), default=low)
    year = 0
    for m in _YEAR_AT.finditer(statement, low, at):
        year = 0 if _in_relative_aside(statement, low, m.start(), at) or _spans_from(statement, low, m.start()) \
            else int(m.group(1))
    if year or end < at:
        return year
    stop = _CLAUSE_STOP.search(statement, end, end + DATED_REACH)
    stop_at = stop.start() if stop else end + DATED_REACH
    # Nor a year of a clause of its own after it: "… in een sector die in 2010 nog nauwelijks bestond", "… than in 2010".
    stop_at = min((w.start() for w in _WORD.finditer(statement, end, stop_at) if fold(w.group()) in _DATED_STOPS),
                  default=stop_at)
    m = _YEAR_AT.search(statement, end, stop_at)
    return int(m.group(1)) if m is not None and not _spans_from(statement, end, m.start()) else 0


def _spans_from(statement: str, low: int, year: int) -> bool:
    """Whether the word right before the year at `year` (after `low`) opens a span to now ("since 2015")."""
    before = _WORD.findall(statement, max(low, year - SPAN_LEAD_CHARS), year)
    return bool(before) and fold(before[-1]) in _SPAN_LEADS


_CLAUSE_STOP = re.compile(r"[,.!?;:(]")
_RELATIVE_WORDS = frozenset(fold(w) for language in LANGUAGES.values()
                            for w in (*language.clause_relatives, *language.noun_relatives))
_DATED_STOPS = _RELATIVE_WORDS | frozenset(fold(w) for language in LANGUAGES.values() for w in language.than_words)
_PARTICIPLE_ENDS = tuple(e for language in LANGUAGES.values() for e in language.participle_endings)


def _in_relative_aside(statement: str, low: int, at: int, figure: int) -> bool:
    """Whether a year at `at` stands in an aside between commas that opens with a relative or a participle ("OpenAI,
    founded in 2015, paid …", "Casilli, die in 2019 een boek schreef, citeert …") or compares, not in a phrase that
    dates the clause ("Back then, in 2015, the World Bank already counted …")."""
    comma = statement.rfind(",", low, at)
    if comma < 0 or "," not in statement[at:figure]:
        return False
    words = [fold(w) for w in _WORD.findall(statement, comma, at)]
    # (or a comparison: "Those figures, higher than a separate estimate from 2019, put the number at …")
    return bool(words) and (words[0] in _RELATIVE_WORDS or (len(words[0]) > 4 and words[0].endswith(_PARTICIPLE_ENDS))
                            or not _DATED_STOPS.isdisjoint(words))
SPAN_LEAD_CHARS = 12  # characters before a year read for a word that opens a span ("since", "vanaf")
_BREAK_BEFORE = re.compile(r"[.!?;:](?=\s)")


# What each Context.aside is, in an unsourced figure's message.
PART = "part"  # Context.aside of a part of a counted whole: compared for support only
ASIDES = {"earlier": "the level a change started from", "asked": "a figure asked for, not said to be",
          "difference": "a difference between two figures, no level of one",
          "inhabitants": "a place's population", "per head": "a price per head, no one's pay",
          "icon": "a count an icon labels (likes, reposts, views)",
          "legend": "a class of a chart's legend, no figure of anything",
          "every": "a figure said of every source, none in particular",
          "of whom": "a part of the group named before it, no count of its own",
          PART: "a part of a count the sentence gives, no count of its own"}
# A partitive whose whole is counted right after a count: "two of the four countries", "twee van de vier landen".
_PART_OF_COUNTED = re.compile(r"[ \t]+(?:{})[ \t]+(?:{})[ \t]+(?:\d|(?:{})\b)".format(
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.linking_words})),
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.partitive_words})),
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.number_words}, key=len,
                    reverse=True))), re.IGNORECASE)


def _last_sentence(lead: str) -> str:
    """A list's lead-in asks for what its items say only in the sentence that leads to them ("Our demands:"), not in
    one before it ("I picked this up on a colleague's recommendation. … A few of the claims I checked:")."""
    end = max((m.end() for m in _SENTENCE_END.finditer(lead)), default=0)
    return lead[end:]


_SENTENCE_END = re.compile(r"[.!?]\s")


PARTITIVE_FEW = 1000  # a bare count after a partitive relative below this counts members of the group before it
# A partitive relative right before a count, with its clitic: "…, of whom 5 had …", "…, van wie er drie …".
_PARTITIVE_BEFORE = re.compile(r"(?:^|[\s,;(])(?:{})(?:[ \t]+(?:{}))?[ \t]*$".format(
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.partitive_relatives}, key=len,
                    reverse=True)),
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.partitive_clitics}))),
    re.IGNORECASE)


def _aside(occ: Occurrence, label: str) -> str:
    """Why a mention restates no claim (Context.aside), "" when it may."""
    before = _preceding(occ, DEMAND_CHARS)
    if is_earlier(before):  # within CHANGE_CHARS of it
        return "earlier"
    where = occ.where
    if is_asked(before, label, _last_sentence(where.lead) if occ.opening else "",
                where.column_header if where.kind in ("table_cell", "table_header") else ""):
        return "asked"
    if occ.figure.kind in ("money", "count") and occ.figure.qualifier in ("exact", "approx") and \
            _DIFFERENCE.match(occ.after):
        # "Kenyan moderators earned $1.46 an hour more than their Ugandan colleagues" (not a bound's: "less than $2 an
        # hour more than a year after ChatGPT's launch")
        return "difference"
    if occ.figure.kind == "count" and _PART_OF_COUNTED.match(occ.after):
        return PART  # "Two of the four countries Casilli studied are low-income": a part, no count of the whole
    if occ.figure.kind == "count" and _PARTITIVE_BEFORE.search(before):
        # "tien datawerkers, van wie er drie …": a few of a group, no count of anything else; a count with a noun or a
        # scale may be a claim's ("… millions worldwide, of whom 2 million are in the Philippines"), compared for
        # support only
        return "of whom" if not occ.figure.unit and occ.figure.high < PARTITIVE_FEW else PART
    if occ.figure.kind == "count" and is_inhabitants(before, occ.after):
        return "inhabitants"
    if occ.figure.kind == "money" and is_per_head(occ.after, occ.lang):
        return "per head"
    if of_every_source(occ.statement):
        return "every"  # "Seventy-seven per cent seems to be where every survey in this business lands"
    if _legend_class(occ):
        return "legend"  # "Legend bins: under 100,000; 100,000 to 1 million; over 1 million"
    if occ.figure.kind == "count" and not occ.figure.unit and _icon_before(before) and \
            not _WORD.search(occ.after[:ICON_AFTER].split("\n", 1)[0].split("·", 1)[0]):
        return "icon"  # "♥ 2.4K · 🔁 873": how many liked or shared a post
    return ""


def _legend_class(occ: Occurrence) -> bool:
    """Whether the figure is a class of a chart's legend: the sentence opens with a label naming a legend, and after its
    colon lists classes, the figure's of no words but a bound's ("Legend bins: under 100,000; 100,000 to 1 million;
    over 1 million"; not "Chart legend: red marks the DRC, which produces over 60% …", "The legend of Sama: …")."""
    m = _LEGEND.match(occ.masked)
    if m is None or fold(_WORD.search(m.group()).group()) in _LABEL_ARTICLES:
        return False
    at = _figure_at(occ, occ.masked)
    items = occ.masked[m.end():].split(";")
    if len(items) < LEGEND_CLASSES or at < m.end():
        return False
    start = m.end()
    for item in items:
        if start <= at < start + len(item):
            return len(_WORD.findall(item)) <= LEGEND_ITEM_WORDS
        start += len(item) + 1
    return False


# A label naming a chart's legend opening the sentence (its first word, or a word or two before it), up to its colon,
# a note in brackets between ("Map legend (click workers per country):"); bounded: a sentence of figures masked is
# blanks.
_LEGEND = re.compile(r"[^\w\n:]{{0,8}}(?:[^\W\d_]+[ \t]+){{0,2}}(?i:{})\b(?:[ \t]*\([^()\n]{{0,60}}\))?[^:;()\n]{{0,20}}:".format(
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.legend_words})) or "(?!)"))
_LABEL_ARTICLES = frozenset(fold(w) for language in LANGUAGES.values()
                            for w in (*language.articles, *language.definite_articles))
LEGEND_CLASSES = 2  # classes a legend lists, at least
LEGEND_ITEM_WORDS = 3  # words a class has besides its figure ("minder dan", "up to")


# A comparative and its than-word right after a sum or a count, no comma between: what one has more or less than another.
_DIFFERENCE = re.compile(r"[ \t]+(?:{})\b".format("|".join(sorted(
    {r"[ \t]+".join(map(re.escape, p)) for language in LANGUAGES.values() for p in language.qualifiers
     if len(p) == 2 and p[1] in language.than_words and language.qualifiers[p] in ("min", "max")},
    key=len, reverse=True))), re.IGNORECASE)


def of_every_source(statement: str) -> bool:
    """Whether a statement gives its figure to every source of a kind ("where every survey lands", "wat alle
    onderzoeken vinden"): a commonplace, no one source's finding."""
    words = [fold(w) for w in _WORD.findall(statement, 0, EVERY_CHARS)]
    if _UNIVERSALS.isdisjoint(words):
        return False  # most statements: no universal quantifier
    return any(w in _UNIVERSALS and not _origin_keys().isdisjoint(lexical.keys(words[k + 1]))
               for k, w in enumerate(words[:-1]))


@functools.cache
def _origin_keys() -> frozenset[str]:
    """The stems of the nouns of origin ("survey", "enquêtes"): read when first needed (the stemmer loads late)."""
    return frozenset().union(*(lexical.keys(w) for w in NAME_WORDS.origins)) - lexical.GENERAL_PEOPLE


_UNIVERSALS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.universal_words)
EVERY_CHARS = 300  # characters of a statement read for a universal source


def _icon_before(before: str) -> bool:
    """Whether a pictograph stands just before a figure ("♥ ", "🔁 "): the icon names what it counts."""
    rest = before.rstrip(" \t\u00a0\ufe0f")
    return bool(rest) and unicodedata.category(rest[-1]) == "So"


ICON_AFTER = 40  # characters after an icon's count read for words of its own


def is_per_head(after: str, lang: str) -> bool:
    """Whether a sum is charged per person, after any period: "$12.50 an hour per worker", "12,50 dollar per uur per
    medewerker", "for each worker": what a firm is paid for a head, not what anyone is paid."""
    # Within the sum's own phrase: "…, and each labeller was expected to …" is another clause.
    words = [fold(w) for w in _WORD.findall(_PHRASE_END.split(after[:PER_HEAD_CHARS], 1)[0])]
    lex = lexicon(lang)
    for k, word in enumerate(words[:PER_HEAD_WORDS]):
        if word in lex.and_words:
            return False
        if word in lex.period_leads and k + 1 < len(words):
            noun = words[k + 1] if words[k + 1] not in lex.period_leads else words[k + 2] if k + 2 < len(words) else ""
            if noun in lex.period_units:
                continue  # the sum's own period: "an hour", "per uur"
            # (not "a fulltime job": who works full time is no head)
            return not lexical.GENERAL_PEOPLE.isdisjoint(lexical.keys(noun)) or bool(lexical.populations(noun) - BASES)
    return False


_PHRASE_END = re.compile(r"[,;:.!?()]")
PER_HEAD_CHARS = 40  # characters after a sum read for whom it is charged per
PER_HEAD_WORDS = 4  # words within which the "per" stands ("$12.50 an hour for each worker")


LABEL_WORDS = 6  # words of a label before a colon ("Kenya:", "People doing AI data work:")
LEAD_WORDS = 20  # and of a lead before it in a sentence that leans on the one before ("De Indiase overheid komt …:")
LABEL_VALUE_LABEL = 12  # and of one before a figure standing alone ("Text passages read per day by …: 150")
VALUE_LABEL_REACH = 200  # characters such a label may take before its figure
AGE_REACH = 41  # characters read before a bracket for the name whose age it holds


_WHERE = frozenset(fold(w) for language in LANGUAGES.values() for w in language.place_relatives)
RELATIVE_REACH = 200  # characters before a figure read for "where" and the place it refers to
_RELATIVES = _WHERE | frozenset(fold(w) for language in LANGUAGES.values() for w in language.clause_relatives)
_CLAUSE_END = re.compile(r"[,;:()]")
_BETWEEN_RELATIVE = " \t\n,\"'“‘„"  # between a place and its relative: "Indonesia, \"which …"


_PLACE_CLAUSE = re.compile(r",[ \t]*(?:{})\b".format("|".join(sorted(map(re.escape, _WHERE))) or "(?!)"), re.IGNORECASE)


def _preceding(occ: Occurrence, reach: int) -> str:
    """At most `reach` characters of the figure's sentence before it: a paragraph may hold thousands of figures."""
    return occ.masked[max(0, occ.span[0] - reach):occ.span[0]]


SUBJECT_NAME_WORDS = 6  # words of the sentence before a person's pronoun refers to: its subject, with a title
SUBJECT_NAME_AT = 3  # words within which that subject's name starts ("Tech philosopher Katleen …")
ANOTHER_REACH = 120  # characters at a sentence's start read for "Another poll" (a sentence may run a paragraph)
_PERSONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.person_pronouns)
_FIRST = re.compile(r"[\W\d]*([^\W\d_]+)")  # a time stamp before it is no word ("15:41 His …")


def _opens_with_person(text: str) -> bool:
    """Whether a statement's subject is a pronoun of a person or their possessive: "She argues …", "Hij zegt …",
    "Zij vindt …", "His team found …"."""
    m = _FIRST.match(text)
    if m is None:
        return False
    first = fold(m.group(1))
    if first in _PERSONS or first in _PERSON_POSSESSIVES:
        return True
    verb = _FIRST.match(text, m.end())
    return first in _SINGULAR and verb is not None and fold(verb.group(1)).endswith(_SINGULAR_ENDINGS)


def _person_set_apart(text: str) -> bool:
    """Whether a statement's subject is a person's pronoun set against what was said before: "He himself studied …",
    "Zelf onderzocht hij …" (not "She found …": a spokeswoman's of the body the sentence before cites)."""
    words = [fold(w) for w in itertools.islice(_WORD.findall(text, 0, FIRST_CHARS), PERSON_SUBJECT_AT)]
    return not _PERSONS.isdisjoint(words) and not _INTENSIFIERS.isdisjoint(words)


PERSON_SUBJECT_AT = 3  # words within which an inverted subject follows its verb ("Zelf onderzocht hij")
_INTENSIFIERS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.person_intensifiers)


def _named_reporter(after: str) -> bool:
    """Whether the words after a figure have a name report it: "…, as Time revealed", "…, Time magazine reported",
    "…, meldde Time"."""
    words = _WORD.findall(after)
    return any(fold(w) in _REPORTS and any(v[:1].isupper() and not places_in(v) and fold(v) not in _DATES for v in (
        *words[max(0, k - 2):k], *words[k + 1:k + 2])) and not any(
        fold(v) in BODY_HEADS or governed(v) for v in words[max(0, k - REPORTER_WORDS):k + 2])
        for k, w in enumerate(words))


REPORTER_WORDS = 4  # words before a paper's verb its name stands within ("Kenya's National Bureau of Statistics")
_DATES = frozenset(fold(w) for language in LANGUAGES.values() for w in (*language.weekdays, *language.months))


# (a paper's verbs, not a speaker's: "…, Kenyan officials said" has officials say it)
_REPORTS = frozenset(fold(w) for language in LANGUAGES.values() for w in (
    *language.reporting_words, *language.revealing_words)) - frozenset(
    fold(w) for language in LANGUAGES.values() for w in (*language.speech_words, *language.telling_words))
GOVERNMENT = "government"  # the name a government saying a figure is given, after its country's code ("ph government")


def _person_among_others(text: str) -> bool:
    """Whether a statement's subject is a person's pronoun and others: "He and his colleagues, she writes, were paid …"
    is said of a group one of whom the sentence before names; whoever tells it in a parenthesis only reports it."""
    m = _FIRST.match(text, 0, FIRST_CHARS)
    following = _FIRST.match(text, m.end(), m.end() + FIRST_CHARS) if m is not None else None
    return following is not None and fold(m.group(1)) in _PERSONS and fold(following.group(1)) in _AND_WORDS


_AND_WORDS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.and_words)
FIRST_CHARS = 80  # characters a statement's first word is looked for within (masked figures are blanks)
_PARENTHESIS = re.compile(r",\s*([^\W\d_]+)\s+([^\W\d_]+)\s*,")


def _self_report(text: str) -> bool:
    """Whether the sentence opens with a person telling of themselves: "She says she was paid …", "He told me he
    earned …", "Ze zegt dat ze … kreeg". The person is whom the figure is of (a worker), not its source."""
    words = [fold(m.group()) for m in itertools.islice(_WORD.finditer(text, 0, SUBJECT_CHARS), SELF_REPORT_WORDS)]
    return len(words) >= 3 and words[0] in _SUBJECTS and words[1] in _SPEECH and words[0] in words[2:]


SELF_REPORT_WORDS = 5  # "She says she", "He told me that he", "Ze zegt dat ze"


def _quoted_of_self(statement: str, figure: int) -> bool:
    """Whether the figure stands in a quotation that, before it, speaks in the first person of the speaker's own lot
    ("'Ik verdien …", "\"My pay was …"), not of what a study found ("\"In our own survey we found that …")."""
    if figure < 0:
        return False
    opened = max((m.end() for m in _OPENING_QUOTE.finditer(statement, max(0, figure - QUOTED_CHARS), figure)),
                 default=-1)
    if opened < 0 or _CLOSING_QUOTE.search(statement, figure) is None:
        return False
    words = [re.split("['’]", fold(w))[0] for w in _WORD.findall(statement, opened, figure)]  # "I'd", "we've"
    first = next((k for k, w in enumerate(words) if w in FIRST_PERSONS or w in _MINE), -1)
    # The speaker as the clause's subject or owner ("I earn", "my pay was", "ik verdien"), not one thinking of others
    # ("Ik denk dat Malagassische datawerkers …", "We think …"): no belief and no group of people between.
    return first >= 0 and NAME_WORDS.origins.isdisjoint(words) and _FINDING.isdisjoint(words) and \
        _FIELDWORK_VERBS.isdisjoint(words) and _HEDGE_WORDS.isdisjoint(words[first:]) and \
        not lexical.populations(" ".join(words[first + 1:]))


_FIELDWORK_VERBS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.fieldwork_verbs)
_HEDGE_WORDS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.hedge_words)
# A quotation mark, not an apostrophe inside a word ("I'd", "Sama's").
_OPENING_QUOTE = re.compile(r"[\"“]|(?<![^\W_])['‘]")
_CLOSING_QUOTE = re.compile(r"[\"”]|['’](?![^\W_])")
QUOTED_CHARS = 200  # characters before a figure read for the quotation it stands in
_SUBJECTS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.subject_pronouns)
_SPEECH = frozenset(fold(w) for language in LANGUAGES.values() for w in language.speech_words)


def _quotation(statement: str, figure: int, length: int) -> tuple[int, int] | None:
    """The span of the quotation the figure at `figure` stands in, when `statement` opens and closes it; None when
    the figure is quoted by no such quotation."""
    if figure < 0:
        return None
    opened = -1
    # (read back QUOTED_CHARS only, a quotation's opening within them: a paragraph of many figures stays linear)
    for m in _QUOTE_MARK.finditer(statement, max(0, figure - QUOTED_CHARS), figure):
        mark = m.group()
        if mark == '"':
            opened = -1 if opened >= 0 else m.end()
        elif mark in "“‘" or (mark == "'" and not (m.start() and statement[m.start() - 1].isalnum())):
            opened = m.end()
        elif not (m.end() < len(statement) and statement[m.end()].isalnum()):
            opened = -1  # a closing mark, not an apostrophe inside a word ("Sama's")
    if opened < 0:
        return None
    closing = _CLOSING_QUOTE.search(statement, figure + length, figure + length + QUOTED_CHARS)
    return (opened, closing.start()) if closing else None


_QUOTE_MARK = re.compile(r"[\"“”‘’']")
_QUOTED_CLAUSE_END = re.compile(r"[,;:.!?]")


def _person_reports(text: str) -> bool:
    """Whether a person's pronoun reports the statement in a parenthesis after its opening phrase: "In Madagascar, he
    found, …", "In Madagaskar, ontdekte hij, …"."""
    m = _PARENTHESIS.search(text, 0, SUBJECT_CHARS)
    return m is not None and text.find(",", 0, m.start() + 1) == m.start() and \
        not _PERSONS.isdisjoint((fold(m.group(1)), fold(m.group(2))))


_SINGULAR = frozenset(fold(w) for language in LANGUAGES.values() for w in language.singular_pronouns)
_SINGULAR_ENDINGS = tuple(e for language in LANGUAGES.values() for e in language.singular_endings)
_PERSON_POSSESSIVES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.person_possessives)


_BRACKETED = re.compile(r"\([^()\n]*\)")
SUBJECT_CHARS = 300  # characters of a sentence its opening subject is read within


_ATTRIBUTION_FIRST = frozenset(fold(p[0]) for language in LANGUAGES.values() for p in language.attribution_openers)


def _a_body_opens(sentence: str, names: frozenset[str], known: frozenset[str]) -> bool:
    """Whether the name opening `sentence` (one of `names`) is a body's: a relative of a thing follows it ("Beeldbaak,
    dat beeldherkenning levert, …", "Tagwise, which …")."""
    found = names_in(sentence[:SUBJECT_CHARS], known=known)
    return bool(found) and found[0][2] in names and _THING_RELATIVE.match(sentence, found[0][1]) is not None


_THING_RELATIVE = re.compile(r"[ \t]*,[ \t]+(?:{})\b".format("|".join(
    w for language in LANGUAGES.values() for w in language.name_relatives) or "(?!)"), re.IGNORECASE)


def _opening_name(sentence: str, known: frozenset[str]) -> frozenset[str]:
    """The names of a sentence's subject, when a name opens it ("Tech philosopher Katleen Gabriëls …")."""
    words = _BRACKETED.sub(" ", sentence[:SUBJECT_CHARS]).split()  # "Antonio Casilli (Institut …) spreekt"
    if words and fold(words[0].strip("*_\"'“‘")) in _ATTRIBUTION_FIRST:
        return frozenset()  # "Citing the World Bank, he says …": the name is his source, not the subject
    return organisations_in(" ".join(words[:SUBJECT_NAME_WORDS]), known=known) if organisations_in(
        " ".join(words[:SUBJECT_NAME_AT]), known=known) else frozenset()


# What may stand before a figure opening a clause: a conjunction, a qualifier.
_OPENING_WORDS = frozenset(fold(w) for language in LANGUAGES.values()
                           for w in (*language.and_words, *(w for phrase in language.qualifiers for w in phrase)))
# What tells a finding: "found", "said", "Uit … bleek", "according to".
_FINDING = CLAUSE_VERBS | frozenset(fold(w) for language in LANGUAGES.values() for w in language.evidence_words)


def _converted_here(occ: Occurrence) -> bool:
    """Whether the figure gives one before it in its statement again, in another currency or period (turning.py)."""
    at = _figure_at(occ, occ.statement)
    return at > 0 and any(at - len(MASKED_GAP) <= end <= at for _, end in converted_spans(occ.statement))


def _shares(occ: Occurrence, near: str, label: str) -> frozenset[str]:
    """What a share is of, as its clause before it, its label and the first words of what follows it say: "Batteries
    account for 70% of cobalt demand" (not "… 60% of the world's cobalt as battery demand soars")."""
    at = _figure_at(occ, near)
    parts = _CLAUSE_JOIN.split(near[max(0, at - SHARE_CHARS):at]) if at >= 0 else [""]
    # (and a phrase fronted before its clause saying what it is of: "Of global cobalt demand, Congo meets over 60%")
    fronted = parts[0] if len(parts) > 1 and fold(next(iter(_WORD.findall(parts[0])), "")) in _OF else ""
    before = f"{fronted} {parts[-1]}"
    after = " ".join(itertools.islice(_WORD.findall(_CLAUSE_JOIN.split(occ.after[:SHARE_CHARS], 1)[0]), SHARE_OF_WORDS))
    return lexical.pool((before, after, label)) & SHARE_MEASURES


SHARE_CHARS = 160  # characters before and after a share read for what it is of, within its clause
_CLAUSE_JOIN = re.compile(r"[,;]|\b(?:{})\b".format("|".join(sorted(
    {re.escape(w) for language in LANGUAGES.values() for w in language.and_words})) or "(?!)"), re.IGNORECASE)
SHARE_OF_WORDS = 5  # words after it ("of the world's cobalt demand")


def _finder(clause: str, known: frozenset[str]) -> frozenset[str]:
    """Who a clause says found its figure: the names before its first word of finding ("A Lakeshore Analytics poll
    … found", "Uit een peiling van Klantwijs bleek"), or, after an opener, those right after it ("According to
    Adobe"); not a name of what was found ("… found that OpenAI's Kenyan contractors were paid …")."""
    verb = next((m for m in _WORD.finditer(clause) if fold(m.group()) in _FINDING), None)
    if verb is None:
        return frozenset()
    before = read(clause[:verb.start()], known=known).organisations
    if before:
        return before
    # After its verb, up to what it found ("ontdekte Salesforce dat", "found, in a survey commissioned by Salesforce,
    # that"), or after an opener up to its comma ("According to a survey … published in March by Salesforce, …").
    reach = verb.end() + FINDER_CHARS
    if fold(verb.group()) in _OPENING_FINDING:
        stop = clause.find(",", verb.end(), reach)
    else:
        found = _COMPLEMENTISER.search(clause, verb.end(), reach)
        stop = found.start() if found else -1
    return read(clause[verb.end():stop], known=known).organisations if stop >= 0 else frozenset()


FINDER_CHARS = 160  # characters after a word of finding its finder and what it found stand within
_COMPLEMENTISER = re.compile(r"\b(?:{})\b".format("|".join(sorted(map(re.escape, NAME_WORDS.complementisers)))
                                                 or "(?!)"), re.IGNORECASE)
_OPENING_FINDING = frozenset(fold(p[0]) for language in LANGUAGES.values() for p in language.attribution_openers)


def _opens_with_figure(occ: Occurrence, statement: str) -> bool:
    """Whether the figure opens its statement, after a qualifier at most ("and nearly 77% of shoppers …")."""
    at = _figure_at(occ, statement)
    return at >= 0 and all(fold(w) in _OPENING_WORDS for w in _WORD.findall(statement, 0, at))


def _kind_named(lead: str, known: frozenset[str]) -> frozenset[str]:
    """The body a lead-in names by a definite noun of its kind after "of" ("Key findings of the institute", "… van het
    instituut"): the registry's organisation that noun heads ("of the bank": the World Bank), else the noun itself; not
    a noun any body is ("of the company": the one named before)."""
    words = [fold(w) for w in _WORD.findall(lead[:LEAD_KIND_CHARS])]
    for k in range(2, len(words)):
        if words[k - 2] in _OF and words[k - 1] in _DEFINITE_WORDS and words[k] not in ORGANISATION_NOUNS and (
                words[k] in BODY_HEADS or words[k].endswith(_BODY_ENDINGS)):
            return _headed(words[k], known) or frozenset({words[k]})
    return frozenset()


LEAD_KIND_CHARS = 120  # characters of a lead-in read for "of the institute"
_DEFINITE_WORDS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.definite_articles)
_BODY_ENDINGS = tuple(w for w in BODY_HEADS if len(w) >= MAKER_ENDING_LETTERS)  # "onderzoeksinstituut"


def _headed(noun: str, known: frozenset[str]) -> frozenset[str]:
    """The registry's organisations a kind's noun heads ("bank": the World Bank, "wereldbank")."""
    return frozenset(n for n in known if heads_noun(n, noun))


def _kind_subject(subject: str, known: frozenset[str], previous: str = "") -> frozenset[str]:
    """The body a subject names by a definite noun of its kind ("het platformbureau in brussel", "the union"): the
    registry's organisation that noun heads ("de bank"), unless the sentence before names another of that kind
    ("De Afrikaanse Ontwikkelingsbank …"), else the noun itself; not a noun any body is ("the company"), one before
    people ("the office workers") or a name ("de gemeente Cagayan de Oro"), nor a government's or a place's own."""
    found = list(itertools.islice(_WORD.finditer(subject, 0, SUBJECT_KIND_CHARS), SUBJECT_KIND_WORDS + 3))
    words = [fold(m.group()) for m in found]
    if not words or words[0] not in _DEFINITE_WORDS:
        return frozenset()
    for k in range(1, min(len(words), SUBJECT_KIND_WORDS + 1)):
        noun = words[k]
        if noun in ORGANISATION_NOUNS or not (noun in BODY_HEADS or noun.endswith(_BODY_ENDINGS)):
            continue
        after = [m.group() for m in found[k + 1:] if fold(m.group()) not in _OF | _DEFINITE_WORDS][:1]
        if noun in _PUBLIC_BODIES or (after and (after[0][:1].isupper() or lexical.names_people(after[0]))):
            return frozenset()
        theirs = _headed(noun, known)
        # (the other one named back by its last word: "ontwikkelingsbank", which no "bank" of the registry's holds)
        others = frozenset(w for w in (fold(m.group()) for m in _WORD.finditer(previous, 0, KIND_BACK_CHARS))
                           if w.endswith(noun) and not any(w in n.split() for n in theirs))
        return theirs if theirs and not others else others or frozenset({noun})
    return frozenset()


SUBJECT_KIND_WORDS = 2  # words after its article a subject's kind stands within ("the statistics bureau")
SUBJECT_KIND_CHARS = 80  # characters of a subject read for its kind
KIND_BACK_CHARS = 400  # characters of the sentence before read for another body of that kind
_PUBLIC_BODIES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.public_body_nouns)


def _owner(sentence: str, known: frozenset[str]) -> frozenset[str]:
    """Whose a third person's own study is: the name of the sentence before's subject, not one that qualifies it
    ("Adobe's rival Voxhouse", "Adobe-concurrent Spraakhuis"), is compared with it ("Unlike Adobe, Voxhouse …") or
    stands in an aside ("Voxhouse, an Adobe rival, …"); none when a pronoun is its subject."""
    text = uncompared(sentence[:SUBJECT_CHARS])
    first = _FIRST.match(text)
    if first is not None and fold(first.group(1)) in _ATTRIBUTION_FIRST:
        return frozenset()  # "Citing the World Bank, he says …": the name is his source, not the subject
    compared = opening_comparison(text)
    text = " " * compared + text[compared:]
    within = asides(text)
    opening = [m.end() for m in itertools.islice(_WORD.finditer(text), SUBJECT_NAME_WORDS)]
    reach = SUBJECT_NAME_AT  # words its subject's name starts within, more after a name that qualifies it
    for start, end, name in names_in(text, known=known):
        if any(a <= start < b for a, b in within):
            continue
        if text.startswith(_QUALIFIES, end) or ((qualified := _QUALIFIED.match(text, end)) and fold(
                qualified.group(1)) not in _TELLING):  # (a verb is no noun qualified: "Dana Mbeki cites Adobe's study")
            reach = SUBJECT_NAME_WORDS  # "Adobe's rival Voxhouse", "The World Bank-funded Voxhouse lab"
            continue
        return frozenset({name}) if opening and start < opening[min(reach, len(opening)) - 1] else frozenset()
    return frozenset()


_QUALIFIED = re.compile(r"[ \t]+([^\W\d_A-Z]+)[ \t]+[A-Z]")  # "Adobe rival Voxhouse": a noun the name qualifies
_TELLING = CLAUSE_VERBS | NAME_WORDS.citing


_QUALIFIES = ("'s", "’s", "'", "’", "-")  # a name that qualifies the one after it: "Adobe's rival", "Adobe-concurrent"


def _opens_with_possessive(text: str) -> bool:
    m = _FIRST.match(text, 0, SUBJECT_CHARS)  # bounded: a statement of many figures is masked blank
    return m is not None and fold(m.group(1)) in _PERSON_POSSESSIVES


def _lead(statement: str, near: str) -> str:
    """The statement before its part `near` (the figure's clause), found within a bounded reach; "" when `near`
    opens it or is not found."""
    at = statement.find(near[:NEEDLE], 0, SUBJECT_REACH + NEEDLE) if near else -1
    if at <= 0:
        return ""
    relative = _CLAUSE_RELATIVE.search(statement, 0, at)  # "Its staff, who in Kenya would read …": Kenya is not theirs
    return statement[:relative.start() if relative else at].strip(" ,;:")


_CLAUSE_RELATIVE = re.compile(r",\s+(?:{})\b".format("|".join(
    fold(w) for language in LANGUAGES.values() for w in language.clause_relatives)), re.IGNORECASE)


def _counts_countries(figure: Figure) -> bool:
    """Whether a figure counts countries ("four countries", "vier landen")."""
    return figure.kind == "count" and bool(figure.unit) and COUNTRY in lexical.keys(fold(figure.unit))


COUNTRY = "@country"  # the paraphrase class of "countries", "landen", "nations"


def _described_people_of_place(words: list[str]) -> bool:
    """Whether words hold a place's people described by a clause of their own: "the Kenyans OpenAI hired", "Kenyans
    who label data", "de Kenianen die OpenAI inhuurde" (not a bare "The Kenyans", who may be the heading's agents)."""
    peoples = gazetteer().peoples
    # (a participle with a clause of its own after it: "the Kenyans hired by OpenAI earned …", not "The Kenyans earned
    # under …")
    return any(w[:1].isupper() and fold(w) in peoples and (
        (nxt := words[k + 1])[:1].isupper() or fold(nxt) in _CLAUSE_OPENERS or (
            fold(nxt).endswith(_PARTICIPLE_ENDS) and len(words) - k - 2 >= PARTICIPLE_CLAUSE_WORDS))
        for k, w in enumerate(words[:-1]))


def _people_elsewhere(words: list[str], places: frozenset[str]) -> bool:
    """Whether words name a place's people ("Kenyans") none of `places` lies in."""
    places_of = gazetteer()
    for w in words:
        if w[:1].isupper() and fold(w) in places_of.peoples:
            own = places_of.codes(w)
            return bool(own) and not any(p in own or places_of.country(p) in own for p in places)
    return False


PARTICIPLE_CLAUSE_WORDS = 3  # words after a participle that make it a clause of its own ("hired by OpenAI earned")


def _counted_words(occ: Occurrence | str) -> str:
    """The words right after a figure, where what it counts stands ("… young Filipinos", "… of young consumers");
    of the text after it, when given that."""
    after = occ if isinstance(occ, str) else occ.after
    return " ".join(_WORD.findall(after[:COUNTED_CHARS])[:COUNTED_WORDS])


_COUNTED_PHRASE_END = re.compile(r"[,;:—–(]| - ")  # "… more than 2 million click workers — worldwide, only India …"


def _counted_phrase(after: str) -> str:
    """The words after a figure up to the end of its noun phrase, with an aside opening there that closes again
    ("data workers (worldwide), many of them in Kenya", "people — worldwide — do", "people, globally, do"); not a remark
    that runs on ("— worldwide, only India has more", ", wereldwijd het hoogste aantal")."""
    after = after[:COUNTED_CHARS]  # bounded: a paragraph of figures is read once per figure
    m = _COUNTED_PHRASE_END.search(after)
    if m is None:
        return after
    closer = _ASIDE_CLOSERS.get(m.group().strip())
    if closer:
        word = _WORD.search(after, m.end())
        # the aside closes right after its first word, or (in brackets and dashes) before the sentence ends
        if word is not None and not after[m.end():word.start()].strip() and (
                after[word.end():].lstrip()[:1] == closer or (
                closer != "," and closer in after[word.end():])):
            return after[:m.start()] + " " + word.group()
    return after[:m.start()]


_ASIDE_CLOSERS = {"(": ")", "—": "—", "–": "–", ",": ","}


_COUNTED_ONLY = SUBGROUPS | {"journalist"}
_IRREGULAR_PLURALS = frozenset(w for language in LANGUAGES.values() for w in language.irregular_plurals)


def _people_plural(word: str) -> bool:
    """Whether a word is a plural noun of people ("kinderen", "women", "children")."""
    w = fold(word)
    return (w in _IRREGULAR_PLURALS or w.endswith(PLURAL_ENDINGS)) and lexical.names_people(w)
COUNTED_CHARS = 60  # characters after a figure read for what it counts
COUNTED_WORDS = 3  # and words ("of the young")


def _describes_people(text: str, start: int, a: int, b: int) -> bool:
    """Whether the place's adjective at text[a:b], in a clause after the figure's, describes people: "…four countries,
    Casilli told the Kenyan audience" (not "four countries, all of them African")."""
    after = _WORD.search(text, b, b + ONLY_CHARS)
    return bool(_CLAUSE_BREAK.search(text, start, a)) and after is not None and (
        lexical.names_people(after.group()) or fold(after.group()) in _AUDIENCE)


def _only_names_reporters(header: str) -> bool:
    """Whether a stub header is nothing but the press's or speakers' noun: "Paper", "Outlet", "Krant", "Speaker" (not
    "From the article", whose rows say what was reported)."""
    words = [fold(w) for w in _WORD.findall(header)]
    return bool(words) and all(w in MEDIA_NOUNS or w in _SPEAKER_NOUNS or w in NAME_WORDS.determiners for w in words) \
        and not all(w in NAME_WORDS.determiners for w in words)


def _names_press(header: str) -> bool:
    """Whether a table's stub header says its rows are the press: "Paper", "Outlet", "Krant"."""
    return bool(header) and not MEDIA_NOUNS.isdisjoint(fold(w) for w in _WORD.findall(header))


# Words that name a figure as such, or the study or estimate that gives one (not its measure: "2 procent meer loon").
_NAMING_FIGURES = NAME_WORDS.origins | frozenset(fold(w) for language in LANGUAGES.values()
                                                 for w in (*language.figure_nouns, *language.renaming_nouns))
# A label naming a measure ("(a) The DRC's share of the world's cobalt: …"), not a clause that names one in passing
# ("Vanaf 1 januari krijgen de werknemers 2 procent meer loon: ongeveer 90 euro per maand extra").
_REFERRING_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.referring_nouns)
MEASURE_LABEL_WORDS = 8  # words of a label naming a measure at the most


def _before_purpose(statement: str, occ: Occurrence) -> int:
    """Where a phrase of purpose right after the figure puts an end to what `statement` says of it, at the figure:
    "less than $2 an hour to keep ChatGPT …", "om ChatGPT vrij te houden"; the statement's end when none follows."""
    at = _figure_at(occ, statement)
    m = _WORD.search(statement, at + (occ.span[1] - occ.span[0])) if at >= 0 else None
    return at if m is not None and fold(m.group()) in _PURPOSE_WORDS else len(statement)


_PURPOSE_WORDS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.purpose_words)


def _colon_lead(occ: Occurrence, statement: str) -> str:
    """The sentence's words before the figure's statement when a colon closes them; "" otherwise."""
    before = _before(occ.masked, statement)
    return before[:-1] if before.endswith(":") else ""


def _before_colon(occ: Occurrence, statement: str) -> str:
    """The sentence's words before a colon that opens the list or the clause the figure's statement is part of ("…
    for OpenAI: under $2 an hour, and 150 text passages a day"); "" when no colon stands before it. A quotation opened
    before the colon and not closed is its own: 'reposted with the caption "Brazil: €90–100 a month"' is Brazil's."""
    before = _before(occ.masked, statement)
    if before.endswith(":"):
        lead = before[:-1]  # the nearest colon: "**Update, 09:50:** Oracle's CMO borrows the line: "Our own …""
    else:
        colon = before.rfind(": ")
        lead = before[:colon] if colon > 0 else ""
    # (when it names a place: 'In Brazil, data workers told us: "Pay for a full-time job: about €90–100 a month."'
    # keeps Brazil)
    quoted = _OPEN_QUOTE.search(lead)
    return lead[quoted.end():] if quoted and places_in(lead[quoted.end():]) else lead


# A quotation mark opening a quotation (after a space or at the start) that nothing closes after it.
_OPEN_QUOTE = re.compile(r"(?:^|\s)[\"“‘](?=[^\"“”‘’]*$)")


def _stands_after_label(occ: Occurrence) -> bool:
    """Whether the figure is all its sentence says after its label ("Uurloon: minder dan 2 euro")."""
    end = occ.span[1]
    return not _WORD.search(occ.masked[end:end + LABEL_TAIL].split("\n", 1)[0])


LABEL_TAIL = 40  # characters after a label's figure read for words of its own


def _value_label(occ: Occurrence) -> str:
    """The label of a figure standing alone after it ("Moderators who signed a petition: 184"), read within a
    bounded look back: a label opens the sentence."""
    start = occ.span[0]
    if start > VALUE_LABEL_REACH:
        return ""
    head = occ.masked[:start].rstrip()
    colon = head.rfind(":")
    if colon >= 0 and 0 < len(tail := head[colon + 1:].split()) <= QUALIFIER_WORDS and \
            all(fold(w) in _QUALIFIER_WORDS for w in tail):
        head = head[:colon + 1]  # "Text passages read per week: about 150": the qualifier is the figure's
    head = head[:-1].strip(" *_") if head.endswith(":") else ""
    return head if 0 < len(head.split()) <= LABEL_VALUE_LABEL else ""


QUALIFIER_WORDS = 3  # words of a qualifier between a label's colon and its figure ("meer dan", "as little as")
_QUALIFIER_WORDS = frozenset(fold(w) for language in LANGUAGES.values() for phrase in language.qualifiers for w in phrase)


# The kinds of place a place's noun names back: "the city" a city, "the region" a province or region, "het land" a
# country (see place_noun_at).
_NAMED_BACK_KINDS = {"city": ("city",), "part": ("province", "region"), "country": ("country", "territory")}


def _place_named_back(occ: Occurrence, near: str, subject: tuple[int, int]) -> str:
    """The kind of place the figure's subject names back by its noun (see place_noun_at), not in an aside ("The
    Washington Post, which spent weeks in the city, spoke to more than 30 of them"); "" when none."""
    kind, at = place_noun_at(without_asides(near)[subject[0]:subject[1]])
    return "" if not kind or _in_relative_aside(near, subject[0], subject[0] + at, _figure_at(occ, near)) else kind


def _opens_with_part_of_them(statement: str) -> bool:
    """Whether a statement opens with a part of a group named before, with no figure between: "Some of them …",
    "Velen van hen …" (not "[77%] of them", a share the study before found)."""
    found = list(itertools.islice(_WORD.finditer(statement, 0, PART_OF_THEM_CHARS), 3))
    words = [fold(m.group()) for m in found]
    if not (len(words) == 3 and words[0] in _GROUP_QUANTIFIERS and words[1] in _OF and
            words[2] in _PARTITIVE_PRONOUNS and MASKED_GAP not in statement[:found[2].start()].lstrip()):
        return False
    # A figure right after them, a qualifier aside, is the share the body counted: "Most of them, 77%, want …", "Many of
    # them, more than three-quarters, …", "Velen van hen, 77 procent, …".
    gap = statement.find(MASKED_GAP, found[2].end())
    return gap < 0 or not _QUALIFIER_WORDS.issuperset(fold(w) for w in _WORD.findall(statement, found[2].end(), gap))


PART_OF_THEM_CHARS = 40  # characters of a statement's opening read for "some of them"
_GROUP_QUANTIFIERS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.group_quantifiers)


def _uncompared_opening(text: str) -> str:
    """`text` with the comparison opening it blanked out ("Unlike the researchers in Silicon Valley, …")."""
    at = opening_comparison(text)
    return " " * at + text[at:] if at else text


def _up_to_figure(occ: Occurrence, statement: str) -> tuple[int, int] | None:
    """Where, in `statement`, the figure's subject lies: from the statement's start (or SUBJECT_REACH characters
    before the figure) to the first comma after the figure; None when the statement does not hold the figure."""
    start, end = occ.span
    at = _statement_at(occ, statement)
    if not 0 <= at <= start or end > at + len(statement):
        return None
    stop = min(at + len(statement), end + SUBJECT_REACH)
    right = statement.find(",", end - at, stop - at)
    return max(0, start - at - SUBJECT_REACH), right if right >= 0 else stop - at


def _places_without(words: str, layers: list[str], scopes: list[Scope], own: tuple[str, str],
                    known: frozenset[str]) -> list[Scope]:
    """The layers' scopes, the figure's own statements' places read again with `words` blanked out of them."""
    return [replace(sc, places=read(text.replace(words, " " * len(words)), known=known).places)
            if text in own else sc for text, sc in zip(layers, scopes)]


def _speakers_place(statement: str, low: int, figure: int, known: frozenset[str]) -> str:
    """The words before the verb of saying that leads to the figure, when they name only cities and the speech names
    its own source ("In Groningen, Casilli cites World Bank estimates of …"); "" otherwise."""
    verb = next((m.start() for m in _WORD.finditer(statement, low, max(low, figure))
                 if fold(m.group()) in _SAYING), -1)
    if verb < 0 or places_within(statement, verb, figure):
        return ""
    # The source is a name and a word of a study ("World Bank estimates", "schattingen van de Wereldbank"), not any
    # name: "In Nigeria, Casilli says, OpenAI paid …" keeps Nigeria.
    if not _names_a_source(statement[verb:figure], known):
        return ""
    spoken = statement[low:verb]
    return spoken if _only_cities(spoken) else ""


def _names_a_source(text: str, known: frozenset[str]) -> bool:
    """Whether `text` names a figure's source: a name and a word of a study ("World Bank estimates", "schattingen
    van de Wereldbank"), not any name."""
    return not NAME_WORDS.origins.isdisjoint(fold(w) for w in _WORD.findall(text)) and bool(names_in(text, known=known))


def _only_cities(text: str) -> bool:
    """Whether `text` names places, and only cities: where someone spoke, not what a figure is of."""
    codes = {c for _, _, found in place_spans(text) for c in found}
    return bool(codes) and all(gazetteer().is_city(c) for c in codes)


_SAYING = NAME_WORDS.reporting | NAME_WORDS.speech | NAME_WORDS.citing


def _speakers_place_after(statement: str, figure: int, end: int, known: frozenset[str]) -> str:
    """The clause after the figure's that says who spoke where, when it names only cities and the statement names the
    figure's source before it ("Volgens schattingen van de Wereldbank werken er …, vertelde Casilli in Groningen");
    "" otherwise."""
    comma = statement.find(",", end, end + SPEECH_TAIL_CHARS)
    if comma < 0:
        return ""
    tail = statement[comma:comma + SPEECH_TAIL_CHARS]  # bounded: a statement may run a whole paragraph
    if _SAYING.isdisjoint(fold(m.group()) for m in itertools.islice(_WORD.finditer(tail), SPEECH_VERB_WITHIN)):
        return ""
    return tail if _only_cities(tail) and _names_a_source(statement[max(0, figure - SUBJECT_REACH):figure], known) \
        else ""


SPEECH_VERB_WITHIN = 4  # words after the comma a verb of saying stands in ("Antonio Casilli told an audience")
SPEECH_TAIL_CHARS = 160  # characters after the figure its speaker's clause stands within


@functools.lru_cache(maxsize=64)
def _blank(statement: str) -> bool:
    """Whether a statement is all masked figures and spaces, asked once per statement: its figures share it, and a
    paragraph of thousands of figures would scan it for each."""
    return not statement.strip()


def _listed_places(occ: Occurrence) -> frozenset[str]:
    """The places a count of countries lists after its colon, dash or bracket ("four countries: Venezuela, Madagascar,
    …"): what it counts, so its places; empty when the figure counts no countries or no list follows."""
    # The span is the sentence's: no search for it; and bounded, as the masked figures after it are spaces.
    m = _COUNTED_LIST.match(occ.masked, occ.span[1], occ.span[1] + COUNTED_LIST_REACH)
    if m is None or fold(m.group(1)) not in _COUNTRY_NOUNS:
        return frozenset()
    end = min(len(occ.masked), m.end() + LIST_REACH)
    if m.group(2) == "(":
        # "… in four countries (Venezuela, Madagascar, Brazil and France)": the list in the brackets
        close = occ.masked.find(")", m.end(), end)
        end = close if close >= 0 else end
    return places_within(occ.masked, m.end(), end) - {WORLD}


_COUNTED_LIST = re.compile(r"[ \t]+([^\W\d_]+)[ \t]*([:(]|[—–](?=[ \t]))")
COUNTED_LIST_REACH = 80  # characters after a count its noun and colon stand within ("four countries:")
_COUNTRY_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.paraphrases.get("country", ()))
LIST_REACH = 200  # characters of a list after a count's colon read for its places


def _apposition(statement: str, comma: int, figure: int = -1) -> str:
    """The clause inside a noun phrase set beside the figure after its comma ("…, a range so wide that a labour
    economist in Geneva …"): from its relative or that-word to the comma that closes it. "" when there is none
    ("…, the lowest wage in Nigeria")."""
    m = _ARTICLE_AND_WORD.match(statement, comma)
    if m is None or fold(m.group(1)) not in NAME_WORDS.determiners or not m.group(2).islower():
        return ""
    clause = next((w for w in _WORD.finditer(statement, m.end(), min(len(statement), m.end() + APPOSITION_REACH))
                   if fold(w.group()) in _CLAUSE_OPENERS), None)
    if clause is None:
        return ""
    # Only a figure opening its clause has its predicate still to come after the apposition ("Over 60% of the world's
    # cobalt, the battery metal in every phone that runs a chatbot, comes from Zambia"); after one that ends its clause
    # ("The World Bank puts the number at between 150 and 430 million, a range so wide that, …, it is …") the
    # apposition runs to the statement's end.
    opens = figure >= 0 and len(_WORD.findall(statement, _clause_start(statement, figure), figure)) <= OPENING_WORDS
    return statement[clause.start():_closing_comma(statement, clause.end()) if opens else len(statement)]


def _clause_start(statement: str, at: int) -> int:
    """Where the clause holding statement[at] starts: after the last comma, semicolon or colon before it."""
    return max(statement.rfind(mark, 0, at) for mark in ",;:") + 1


OPENING_WORDS = 3  # words before a figure that opens its clause ("Over", "More than", "According to X, between")


def _closing_comma(statement: str, opened: int) -> int:
    """Where the apposition's clause opened at `opened` ends: at the comma before the figure's own predicate ("…, the
    battery metal in every phone that runs a chatbot, comes from Zambia", "…, of course comes from Zambia"), else at
    the statement's end.

    Not a comma before a name ("in Geneva, Switzerland, …"), a subject or a participle, which go on within the clause
    ("…, including one in Geneva, …"); nor the commas of an aside opening right after the clause's first word ("a
    workforce that, by some counts, outnumbers everyone living in the United States, do …")."""
    commas = list(_CLOSING_COMMA.finditer(statement, opened, opened + CLAUSE_CHARS))
    aside = bool(commas) and not statement[opened:commas[0].start()].strip()
    for k, c in enumerate(commas):
        if aside and k < 2:
            continue  # the aside's opening and closing commas
        word = _WORD.match(statement, c.end())
        low = fold(word.group()) if word else ""
        if word and word.group()[:1].islower() and not low.endswith(_PRESENT_PARTICIPLES) and low not in _SUBJECTS:
            return c.start()
    return len(statement)


_PRESENT_PARTICIPLES = tuple(e for language in LANGUAGES.values() for e in language.present_participle_endings)


_ARTICLE_AND_WORD = re.compile(r",\s+([^\W\d_]+)\s+([^\W\d_]+)")
_CLOSING_COMMA = re.compile(r",\s+(?=[^\W\d_])")
_CLAUSE_OPENERS = NAME_WORDS.complementisers | frozenset(
    fold(w) for language in LANGUAGES.values() for w in language.clause_relatives)
APPOSITION_REACH = 80  # characters of an apposition read for the clause it holds


def _reported_at(statement: str, low: int, figure: int) -> int:
    """Where the last reported clause, or clause of place, between `low` and the figure starts ("… that |the Kenyan
    workers …", "… in Kenya, where |workers hired for OpenAI were paid …"); 0 when there is none."""
    found = 0
    for m in _WORD.finditer(statement, low, max(low, figure)):
        if fold(m.group()) in NAME_WORDS.complementisers or fold(m.group()) in _WHERE:
            found = m.end()
    return found


def _told_of_people(statement: str, low: int, figure: int) -> int:
    """Where the last reported clause before the figure starts when it names people ("… that the Kenyan workers OpenAI
    hired were paid …", "…, where workers hired for OpenAI were paid …"), 0 when there is none between `low` and the
    figure."""
    found = _reported_at(statement, low, figure)
    if not found:
        return 0
    words = [fold(w) for w in _WORD.findall(statement, found, figure)]
    if any(lexical.names_people(w) for w in words):
        return found
    # Or a name as its subject: "Dezelfde lezer vroeg of het klopt dat Casilli in vijf landen onderzoek deed" is none of
    # the readers' (not "Engineers told us that OpenAI paid them less than $2 an hour": them, the engineers).
    named = names_in(statement[found:figure])
    return found if named and not statement[found:named[0][0]].strip() and _OBJECT_PRONOUNS.isdisjoint(words) else 0


_OBJECT_PRONOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.object_pronouns)



def _likened(occ: Occurrence, known: frozenset[str]) -> frozenset[str]:
    """The bodies a study's figure is likened to after it ("…, close to Adobe's", "in line with what the World Bank
    found"), when its statement names a study before it; none otherwise."""
    if "," not in occ.after or NAME_WORDS.origins.isdisjoint(
            fold(w) for w in _WORD.findall(occ.near, 0, max(0, _figure_at(occ, occ.near)))):
        return frozenset()
    like = _LIKENESS.search(occ.after)
    if like is None:
        return frozenset()
    liked = frozenset(name for _, _, name in names_in(occ.after[like.end():like.end() + LIKENESS_CHARS], known=known))
    # (a study named before the figure as the same body's is its own: "A recent Adobe study found that 77% …, in line
    # with Adobe's earlier findings")
    # (only when every body named before it is the likened one: "A Salesforce study of Adobe customers found …, in line
    # with Adobe's earlier findings" is Salesforce's)
    own = frozenset(name for _, _, name in names_in(occ.near[:max(0, _figure_at(occ, occ.near))], known=known))
    return frozenset() if own and liked and all(overlapping_names(frozenset((n,)), liked) for n in own) else liked


LIKENESS_CHARS = 60  # characters after a likeness's opener its body is named within
# (a quotation's marks between its words: 'a result she admits is "suspiciously close" to Adobe's')
_LIKENESS = re.compile(r"\b(?:{})\b".format("|".join(r"[\s\"'“”‘’]+".join(map(re.escape, phrase))
                                                  for language in LANGUAGES.values()
                                                  for phrase in language.likeness_openers)), re.IGNORECASE)


def _reported_count(statement: str, low: int, figure: int, after: str) -> str | None:
    """The noun of people a figure counts ("mensen" in "… dat volgens de Wereldbank 100 tot 400 miljoen mensen …
    werken") when a reported clause or a clause of place opens between `low` and the figure; None otherwise."""
    if not _reported_at(statement, low, figure):
        return None
    counted = _WORD.match(after.lstrip(_CLOSING_MARKS))  # (past a quotation's close: '"as many as 400 million" people')
    return counted.group() if counted and lexical.names_people(fold(counted.group())) else None


_CLOSING_MARKS = " \t\"'”’»"


def _described_people(statement: str, low: int, figure: int) -> int:
    """Where the noun of people that a relative clause holding the figure describes starts ("contractors" in "… the
    Kenyan contractors who were paid less than …"), 0 when the figure stands in no such clause."""
    words = list(_WORD.finditer(statement, low, max(low, figure)))
    for k in range(len(words) - 1, 0, -1):
        if fold(words[k].group()) in _NOUN_RELATIVES:
            noun = words[k - 1]
            between = statement[noun.end():words[k].start()].strip()
            if k > 1 and fold(noun.group()) in _VERB_PARTICLES and between == "," \
                    and not statement[words[k - 2].end():noun.start()].strip():
                # "maakte daar parttimers van, die …": the object before its verb's particle
                noun, between = words[k - 2], ""
            return noun.start() if not between and lexical.names_people(fold(noun.group())) else 0
    return 0


_VERB_PARTICLES = frozenset(w for language in LANGUAGES.values() for w in language.verb_particles)


def _complement(statement: str, low: int, figure: int) -> int:
    """Where the last clause of reported speech before the figure starts when it opens with a place ("… insisted to us
    that |Zambia …", "that in Uganda"), 0 when there is none between `low` and the figure."""
    # (Only after a complementiser: a verb without one may take whom it tells, "told Brussels she earned …", or open a
    # relative clause, "Moderators who thought America paid better earned …".)
    found = _reported_opener(statement, low, figure, NAME_WORDS.complementisers)
    if found:
        m = _OPENING_WORD.match(statement, found)
        if m and fold(m.group(1)) in _PLACE_PREPOSITIONS:
            found = m.end()
        spans = spans_between(statement, found, found + _OPENING_REACH)
        if not spans:
            return 0
        a, b, _ = spans[0]
        lead = statement[found:a].split()
        # A word or two may open the clause before a place named as a noun ("that neighbouring Zambia", "dat buurland
        # Zambia"), not before one that describes the next noun ("that the American firm OpenAI paid them").
        if lead and (len(lead) > _CLAUSE_LEAD_WORDS or not all(w.isalpha() and w.islower() for w in lead)
                     or not gazetteer().names_noun(statement[a:b])):
            return 0
        # Nor a place that describes a body after it ("say that a San Francisco company paid them", "that France's AI
        # firms paid them", "Paris-based firms"; people after it are the figure's: "that Zambian miners produce …"),
        # nor a clause that compares the figure with its place's ("… even less than the $2 an hour she earned").
        between = [fold(w) for w in _WORD.findall(statement, b, max(b, figure))]
        if _describes_next(statement, b) or any(
                w in _THANS and nxt in _DEFINITE_OR_OWNING for w, nxt in zip(between, between[1:])):
            return 0
    return found


def _reported_opener(statement: str, low: int, figure: int, openers: frozenset[str]) -> int:
    """Where the last of `openers` between `low` and the figure ends (a reported clause starts there); 0 when none
    stands there."""
    found = 0
    for m in _WORD.finditer(statement, low, max(low, figure)):
        if fold(m.group()) in openers:
            found = m.end()
    return found


def _describes_next(statement: str, end: int) -> bool:
    """Whether the place ending at `end` describes what follows it: a possessive, a hyphen ("Paris-based"), or a body
    among the next words ("San Francisco company", "US tech firms")."""
    if statement.startswith(("'s", "’s", "-"), end) or statement.endswith(("'s", "’s"), 0, end):
        return True
    for w in _HYPHENED_WORD.findall(statement, end, end + _OPENING_REACH)[:_CLAUSE_LEAD_WORDS]:
        if not w.islower():
            return False
        if COMPANY in (keys := lexical.keys(fold(w))) or not BODY_HEADS.isdisjoint(keys):
            return True
    return False


def _governs(statement: str, name: str, figure: int, voiced: frozenset[str]) -> bool:
    """Whether what `name` is said to say reaches the figure: no relative clause on a speaker's name stands between
    ("Volgens de Wereldbank groeit het klikwerk, zegt Remotasks, dat zelf 150 tot 430 miljoen werkers telt", "…, says
    Remotasks, which counts …"); a relative clause on the body itself is the body's ("According to the World Bank,
    which updated its own estimate, …"), and so is a word of its own elsewhere ("the World Bank's own estimate")."""
    at = fold(statement).find(name)
    if at < 0 or figure < 0 or at > figure:
        return True
    start = at + len(name)
    if (own_clause := _COMMA_RELATIVE.match(statement, start)) is not None:
        close = statement.find(",", own_clause.end(), figure)
        start = close + 1 if close >= 0 else figure
    between = statement[start:figure]
    folded = fold(between)
    for speaker in voiced:
        k = folded.find(speaker)
        if k >= 0 and (clause := _COMMA_RELATIVE.match(between, k + len(speaker))) is not None and (
                fold(clause.group(1)) not in NAME_WORDS.complementisers
                or not _OWN_MARKERS.isdisjoint(fold(w) for w in _WORD.findall(between, clause.end()))):
            # (", dat" after a speaker opens what is said, unless it calls it the speaker's own: ", dat zelf …")
            return False
    return True


_COMMA_RELATIVE = re.compile(r",\s+({})\b".format("|".join(sorted(
    fold(w) for language in LANGUAGES.values() for w in language.clause_relatives))), re.IGNORECASE)
# (a word that makes the figure the speaker's own: "itself", "alone", "own"; "zelf", "alleen", "eigen")
_OWN_MARKERS = frozenset(fold(w) for language in LANGUAGES.values()
                         for w in (*language.own_words, *language.only_words, *language.only_words_after_figure))


def _country_opens(statement: str, low: int, figure: int) -> bool:
    """Whether the last reported clause before the figure opens with the country, bare ("… say the country produces",
    "… zegt dat het land …"; not "a neighbouring country", "het buurland", "the country next door")."""
    found = _reported_opener(statement, low, figure, _REPORTED_OPENERS)
    if not found:
        return False
    words = [fold(w) for w in _WORD.findall(statement, found, min(figure, found + _OPENING_REACH))[:3]]
    return len(words) == 3 and words[0] in _DEFINITE_OR_OWNING and words[1] in _COUNTRY_NOUNS and \
        words[2] not in _PREPOSITIONS and words[2] not in _NEIGHBOURING and not places_within(statement, found, figure)


_OPENING_WORD = re.compile(r"\s+([^\W\d_]+)")
# (a verb of saying may open a clause itself: "Miners in Kolwezi say the country produces …")
_REPORTED_OPENERS = NAME_WORDS.complementisers | NAME_WORDS.reporting | NAME_WORDS.speech | frozenset(
    fold(w) for language in LANGUAGES.values() for w in language.assertion_words)
_PLACE_PREPOSITIONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.place_prepositions)
_OPENING_REACH = 80  # characters a reported clause's opening place may take ("Democratic Republic of the Congo")
_CLAUSE_LEAD_WORDS = 2  # words before it ("that its neighbour Zambia")
_HYPHENED_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_THANS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.than_words)
_DEFINITE_OR_OWNING = frozenset(fold(w) for language in LANGUAGES.values()
                                for w in (*language.definite_articles, *language.possessives))
_PREPOSITIONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.prepositions)
_NEIGHBOURING = frozenset(fold(w) for language in LANGUAGES.values() for w in language.neighbour_words)
COMPANY = "@company"  # the paraphrase class of "firms", "companies", "bedrijven"


def _statement_at(occ: Occurrence, statement: str) -> int:
    """Where `statement` starts in the figure's sentence, -1 when not found: it holds the figure, so it starts within
    its own length before it (a bounded search)."""
    start = occ.span[0]
    return occ.masked.find(statement[:NEEDLE], max(0, start - len(statement)), start + NEEDLE) if statement else -1


def before_figure(occ: Occurrence) -> str:
    """The words of the figure's clause before it: its subject, as far as the clause gives one."""
    at = _figure_at(occ, occ.near)
    return occ.near[:at] if at > 0 else ""


def _restated(occ: Occurrence) -> bool:
    """Whether the figure before the figure's in its sentence has its value: "less than $2 an hour, not 2 euros" says
    what unit it is in, no correction of it."""
    before = [f for f in extract(occ.sentence, occ.lang) if f.end <= occ.span[0]]
    return bool(before) and (before[-1].low, before[-1].high) == (occ.figure.low, occ.figure.high)


def _studied(occ: Occurrence, near: str, lead: str, known: frozenset[str]) -> frozenset[str]:
    """The names whose study the statement says its figure is from (see context_of)."""
    at = _figure_at(occ, near)
    if at < 0:
        return frozenset()
    after = _AFTER_CLAUSE.match(near, at + len(occ.figure.text))
    words = [fold(w) for w in _WORD.findall(after.group(1))] if after else []
    # The clause after it says whose study the figure is from when it opens so: "…, a Fairwork study found", "…,
    # according to a Fairwork study", "…, blijkt uit een onderzoek van Fairwork" (not "…, more than a Stanford study
    # considers safe").
    attributing = 0 < len(words) <= ATTRIBUTION_WORDS and (
        words[0] in NAME_WORDS.determiners or words[0] in _EVIDENCE or any(
            tuple(words[:len(opener)]) == opener for opener in NAME_WORDS.openers))
    # (the lead's last words only: a statement of many figures has a lead as long as all of them before)
    return studied_in(near, known=known, before=at) | (
        studied_in(lead[-STUDY_LEAD_CHARS:], known=known) if lead else frozenset()) | (
        studied_in(after.group(1), known=known) if attributing else frozenset())


# The clause right after a figure, after its words and a comma: "…, a Fairwork study found."
_AFTER_CLAUSE = re.compile(r"[^,;:.!?()\n]{0,80}?,([^,;:.!?()\n]{1,120})")
_EVIDENCE = frozenset(fold(w) for language in LANGUAGES.values() for w in language.evidence_words)
STUDY_LEAD_CHARS = 120  # characters of a statement's lead read for a study ("A Fairwork survey of 40 platforms")
ATTRIBUTION_WORDS = 6  # words of a clause after a figure that says whose study it is from ("blijkt uit een onderzoek van Fairwork")


def _figure_at(occ: Occurrence, statement: str) -> int:
    """Where the figure starts in `statement`, -1 when the statement does not hold it."""
    at = _statement_at(occ, statement)
    return occ.span[0] - at if 0 <= at <= occ.span[0] else -1


SUBJECT_REACH = 400  # characters of a figure's statement read for its subject on either side of it


def _place_of_relative(occ: Occurrence) -> str:
    """The place a figure's relative clause is about: "… not to Cagayan de Oro but to Davao, where thousands …"
    is Davao's, not every place the sentence names; "" when the figure stands in no such clause."""
    cut = occ.span[0]
    before = occ.sentence[max(0, cut - RELATIVE_REACH):cut]  # a bounded look back: a paragraph may hold thousands
    words = list(_WORD.finditer(before))
    where = [m for m in words if fold(m.group()) in _WHERE]
    if not where:
        # "… sources exclusively from Indonesia, \"which produces over 60% of the world's cobalt\"": a relative right
        # after a place is of that place, its subject, when the figure stands in its clause (no comma between). Only
        # with no "where" before it: "…, where workers who labeled toxic text were paid …" is the where-clause's.
        return _place_before_relative(before, [m for m in words if fold(m.group()) in _RELATIVES])
    if place_spans(before[where[-1].end():]):
        return ""
    head = before[:where[-1].start()]
    if (m := _APPOSITION_BEFORE.search(head)) is not None:
        # "Cagayan de Oro, een kuststad in het zuiden van de Filipijnen, waar duizenden jongeren …": the clause is of
        # the place the apposition describes, not of a place inside the apposition.
        head = head[:m.start()]
    spans = place_spans(head)
    if spans and _QUALIFIED_NOUN.match(head, spans[-1][1]):
        return ""  # "… his interview with the Groningen school, where he …": the clause is of the noun qualified
    return head[spans[-1][0]:spans[-1][1]] if spans else ""


_QUALIFIED_NOUN = re.compile(r"[ \t]+[^\W\d_A-Z][^\W\d_]*[ \t]*,")  # a lower-case noun and its comma after a place


_KIND_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
KIND_CHARS = 40  # characters before a name read for the word that says its kind


def _kind_of(text: str, start: int) -> str:
    """The word right before the name at `start`, folded: its kind ("consultancy" in "The consultancy BrandWise")."""
    m = _KIND_BEFORE.search(text, max(0, start - KIND_CHARS), start)
    return fold(m.group(1)) if m is not None else ""


def _where_clause(occ: Occurrence) -> str:
    """The clause about a place that the figure stands in, from its "where" to the figure ("…, where moderators screened
    ChatGPT for OpenAI at less than $2 an hour and had to read some 200 text passages a day"): its subject and names
    are the figure's, not those of the sentence around it; "" when the figure stands in no such clause."""
    cut = occ.span[0]
    start = max(0, cut - RELATIVE_REACH)
    before = occ.masked[start:cut]
    last = None
    for last in _PLACE_CLAUSE.finditer(before):
        pass
    return before[last.start() + 1:] if last is not None and not _CLAUSE_END.search(before, last.end()) else ""


def _place_before_relative(before: str, relatives: list[re.Match[str]]) -> str:
    """The place right before the last relative word of `before`, when the figure stands in its clause; "" otherwise."""
    if not relatives or place_spans(before[relatives[-1].end():]) or _CLAUSE_END.search(before, relatives[-1].end()):
        return ""
    head = before[:relatives[-1].start()]
    spans = place_spans(head)
    if not spans or head[spans[-1][1]:].strip(_BETWEEN_RELATIVE) or any(a <= spans[-1][0] < b for a, b in asides(head)):
        return ""  # "Het is dus Congo, niet Rwanda, dat ruim zestig procent …": not the place denied
    return head[spans[-1][0]:spans[-1][1]]


# An apposition between commas that opens with an indefinite article, right before the relative word.
_APPOSITION_BEFORE = re.compile(r",[ \t]+(?:{})[ \t][^,;:.!?\n]{{1,120}},[ \t]*$".format("|".join(
    sorted({w for language in LANGUAGES.values() for w in language.articles}))), re.IGNORECASE)


def _subjectless(before: str, clause: str) -> bool:
    """Whether a clause after a conjunction's comma (", and", ", but", ", en") opens with an auxiliary, so has no
    subject of its own: "…, and had to read …", "…, en moesten eveneens … lezen"."""
    if _CONJOINED.search(before) is None:
        return False
    if sum(1 for _ in itertools.islice(_WORD.finditer(clause), BARE_WORDS)) < BARE_WORDS:
        # "…, en het antwoordvel gaf '100 tot wel 400 miljoen'": a few words, the figure what they give (not when they
        # name a place or a body of their own: "…, en Madagaskar 90 tot 100 euro per maand")
        return not (places_in(clause) or names_in(clause))
    m = _FIRST.match(clause, 0, FIRST_CHARS)
    if m is None:
        return False
    if fold(m.group(1)) in AUXILIARIES:
        return True
    # "…, their union says, and read roughly 150 text passages each shift": a word with only a qualifier between it
    # and the figure is its verb (a subject has its verb there: "…, and moderators read 150 …").
    gap = clause.find(MASKED_GAP, m.end(1), m.end(1) + FIRST_CHARS)
    return gap > 0 and m.group(1).islower() and fold(m.group(1)) not in _STOP and \
        _QUALIFIER_WORDS.issuperset(fold(w) for w in _WORD.findall(clause, m.end(1), gap))


BARE_WORDS = 4  # fewer words than this beside its figure say nothing of their own of what it is

_CONJOINED = re.compile(r",\s+(?:{})$".format("|".join(
    w for language in LANGUAGES.values() for w in language.clause_conjunctions)), re.IGNORECASE)


def _joined_by_and(opening: str) -> bool:
    """Whether the words before a clause end with "and", "en" (after a comma): the clause goes on from them."""
    words = _WORD.findall(opening[-AND_CHARS:])
    return bool(words) and fold(words[-1]) in _AND_WORDS


AND_CHARS = 12  # characters before a clause read for its "and"


def _before(sentence: str, statement: str) -> str:
    """The sentence's words before the figure's statement, when the statement does not open it (a label, a lead:
    only a short one is read, so a paragraph of many figures is not cut once per figure)."""
    # Found by its start: the statement is a part of the sentence, and may run to a paragraph's end.
    at = sentence.find(statement[:NEEDLE], 0, BEFORE_REACH + NEEDLE) if statement else -1
    return sentence[:at].strip() if 0 < at <= BEFORE_REACH else ""


NEEDLE = 64  # characters of a statement it is found by in its sentence
BEFORE_REACH = 300  # characters of a sentence before a figure's statement read as its label or lead


def _label(sentence: str, statement: str, limit: int = 6) -> str:
    """The label a sentence opens with when the figure's statement follows its colon: "India" in "India: the
    government estimates …"."""
    before = _before(sentence, statement)
    head = before[:-1].strip(" *_") if before.endswith(":") else ""
    if len(head.split()) > limit:
        # A place's name may open a quotation, or follow the sentence's own colon, as its label: 'staat ook nog
        # "Indonesië: volgens de regering …"', "The infobox reads: Vietnam: …" (not 'In Brazil, workers told us: "Pay
        # for a full-time job: …"', whose place is the lead's: _before_colon).
        quoted = _OPEN_QUOTE.search(head)
        cut = max(quoted.end() if quoted else 0, head.rfind(": ") + 2)
        if cut > 1 and places_in(head[cut:]):
            head = head[cut:].strip(" *_")
    return head if 0 < len(head.split()) <= limit else ""


_OF = frozenset(w for language in LANGUAGES.values() for w in language.linking_words)
_STOP = frozenset(fold(w) for language in LANGUAGES.values() for w in language.stopwords)
_HOW_OFTEN = frozenset(fold(w) for language in LANGUAGES.values() for w in language.frequency_nouns)


def _label_noun(occ: Occurrence, label: str, statement: str) -> str:
    """The noun a label gives a bare count standing alone after it: its first plural ("Text passages read per
    day: 150" -> "passages"); "" otherwise."""
    if not label or occ.figure.kind != "count" or occ.figure.unit or _word_count(statement) > LABEL_VALUE_WORDS:
        return ""
    if not _NAMING_FIGURES.isdisjoint(fold(w) for w in _WORD.findall(statement)):
        return ""  # "Labor groups corrected him: the figure is more than 2 million": the figure named, not the label's
    endings = tuple(lexicon(occ.lang).plural_endings)
    return next((w for word in _WORD.findall(label) if _plural_noun(w := fold(word), endings)), "")


def _plural_noun(word: str, endings: tuple[str, ...]) -> bool:
    """Whether a folded word is a plural noun by its ending, no stop word, long enough to be more than its ending."""
    return word not in _STOP and len(word) > len(max(endings, key=len, default="")) + 2 and word.endswith(endings)


_ONLY = frozenset(fold(w) for language in LANGUAGES.values() for w in language.only_words)
_ONLY_BEFORE = frozenset(fold(w) for language in LANGUAGES.values() for w in language.only_words_before)


def _only(text: str, low: int, high: int, figure: int = -1) -> bool:
    """Whether a place of text[low:high] is said to hold the figure on its own: "In Cagayan de Oro alone, …",
    "Alleen al in Cagayan de Oro …", and, after the figure (at `figure`), "2 million people in Cagayan de Oro itself"
    ("In Manila itself, officials say …" only sets a scene)."""
    return any(((m := _NEXT_WORD.match(text, end)) is not None and (
        fold(m.group(1)) in _ONLY or (0 <= figure < start and fold(m.group(1)) in _ONLY_AFTER))) or
               _only_before(text[max(0, start - ONLY_REACH):start])
               for start, end, _ in spans_between(text, low, high)) or _part_alone(text[low:high])


ONLY_REACH = 40  # characters before a place its "only" stands within ("alleen al in de provincie Lualaba")
_PLACE_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.place_nouns)


def _only_before(before: str) -> bool:
    """Whether "only", "alleen" stands before a place with nothing but small words and a noun of place between:
    "Only in Kolwezi", "Alleen al in de provincie Lualaba"."""
    words = [fold(w) for w in _WORD.findall(before)][-ONLY_WORDS - 1:]
    at = max((k for k, w in enumerate(words) if w in _ONLY_BEFORE), default=-1)
    # "Not only in Lualaba but across the whole of Congo …", "Niet alleen in Lualaba maar …": no place on its own.
    return at >= 0 and not (at and words[at - 1] in _NEGATION_WORDS) and all(
        w in _STOP or w in _PLACE_NOUNS for w in words[at + 1:])


ONLY_WORDS = 5  # words before a place looked at for an "only" of it
_NEGATION_WORDS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.negations)


def _parts(places: frozenset[str]) -> bool:
    """Whether a share's subject names only parts of a country, cities or provinces, and no country ("Katanga produces
    over 60% of the world's cobalt"): the part's share, as one said of it alone is (not its country's)."""
    return bool(places) and all(gazetteer().is_city(p) for p in places)


def _part_alone(subject: str) -> bool:
    """Whether the subject says its noun holds the figure on its own ("the mines alone", "de mijnen alleen al"):
    a part of the place the sentence names, as "In Kolwezi alone" is."""
    ws = [fold(w) for w in _WORD.findall(subject)]
    return any(w in _ONLY and k and ws[k - 1] not in _STOP for k, w in enumerate(ws))


def _alone(text: str, low: int, high: int, known: frozenset[str]) -> str:
    """The organisation of text[low:high] said to hold the figure on its own: "Remotasks alone", "Op het platform
    Remotasks alleen al zijn …"; "" when none is."""
    for start, end, name in names_in(text[low:high], known=known):
        m = _NEXT_WORD.match(text, low + end)
        if m is not None and fold(m.group(1)) in _ONLY and not place_institution(name):  # not "the government alone"
            words = text[low + start:low + end].split()
            while len(words) > 1 and fold(words[0]) in _STOP:
                words.pop(0)  # "For Remotasks alone", "Voor Remotasks alleen al"
            return " ".join(words)
    return ""


_ONLY_AFTER = frozenset(fold(w) for language in LANGUAGES.values() for w in language.only_words_after_figure)


_NEXT_WORD = re.compile(r"[ \t,]*([^\W\d_]+)")


def _referents(occ: Occurrence) -> frozenset[str]:
    """Context.referents: the plurals a clitic before a bare count stands for ("doet er dan honderden"); none when
    no clitic does, or when the sentence before is a question (the count answers it: "wie traint die systemen? …
    zijn dat er 100 miljoen")."""
    figure = occ.figure
    if figure.kind != "count" or figure.unit or not occ.previous or occ.previous.rstrip().endswith("?"):
        return frozenset()
    lex = lexicon(occ.lang)
    words = [fold(w) for w in _WORD.findall(_preceding(occ, CLITIC_REACH))]
    # Not a sentence's first word: "Er zijn 500 …" is there being; "Er zijn er 500", "doet er 500" stand for a noun.
    if not any(words[k] in lex.partitive_clitics for k in range(max(1, len(words) - CLITIC_WORDS), len(words))):
        return frozenset()
    endings = tuple(lex.plural_endings)
    return frozenset(w for word in _WORD.findall(occ.previous) if word[:1].islower() and _plural_noun(w := fold(word),
                                                                                                   endings))


CLITIC_REACH = 60  # characters before a bare count read for its clitic
CLITIC_WORDS = 4  # words within which the clitic stands before the count ("doet er dan honderden")


def _age(occ: Occurrence) -> str:
    """A bare count in brackets after a name is that person's age ("Fara Rakoto (31)"), and one between commas after
    a full name ("Faith Achieng, 27, has labelled …"): what it counts is no claim's."""
    figure = occ.figure
    if figure.kind != "count" or figure.unit or figure.is_range or not occ.after.startswith((")", ",")):
        return ""
    before = _preceding(occ, AGE_REACH).rstrip()
    if occ.after.startswith(")"):
        name = _WORD.findall(before[:-1]) if before.endswith("(") else []
        return AGE if name and name[-1][:1].isupper() else ""
    name = _WORD.findall(before[:-1])[-2:] if before.endswith(",") else []
    # (or one person named by a noun: "her daughter, 7, does homework")
    return AGE if len(name) == 2 and (all(w[:1].isupper() for w in name) or (
        fold(name[1]) in _PERSON_NOUNS and (fold(name[0]) in _ANY_POSSESSIVES or fold(name[0]) in NAME_WORDS.determiners))) \
        and figure.low == int(figure.low) and 0 < figure.low <= OLDEST else ""


_PERSON_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.person_nouns)


OLDEST = 120  # the oldest age a count between commas after a name may be


AGE = "@age"  # the noun of an age: no claim counts it
LABEL_VALUE_WORDS = 2  # words beside a count after a label for the label to say what it counts


def whole_places(after: str) -> frozenset[str]:
    """The places named in the "of" phrase right after a percentage: what it is a share of ("of the world's cobalt"
    is the world's, "van de Congolese productie" the DRC's)."""
    return _whole_of(after)[0]


def _whole_of(after: str) -> tuple[frozenset[str], list[str]]:
    """whole_places, and the first folded words of the "of" phrase it read them from (none without one)."""
    m = _OF_PHRASE.match(after[:WHOLE_CHARS])
    if m is None or fold(m.group(1)) not in _OF:
        return frozenset(), []
    named = list(itertools.islice(_WORD.finditer(m.group(2)), NAMED_OWNER_WORDS + 1))
    words = named[:max(WHOLE_WORDS + 1, OWN_STOCK_WORDS)]
    folded = [fold(w.group()) for w in words[:OWN_STOCK_WORDS]]
    skip = 1 if folded and folded[0] in NAME_WORDS.determiners else 0
    if folded and (folded[0] in _STOCK_POSSESSIVES or (len(folded) > skip and folded[skip] in _PLACE_OWNERS) or (
            len(folded) > 1 and folded[0] in _ANY_POSSESSIVES and folded[1] in OWNING_WORDS) or (
            len(folded) > skip + 1 and folded[skip] in _STOCK_OWNERS and folded[skip + 1] not in _STOP) or any(
            k > skip and (w in FIRST_PERSONS or (w in _STOCK_SUBJECTS and not lexical.names_people(folded[skip])
                                                 and not (w in _THINGS and _capital_after(words, k))))
            and ((k == skip + 1 and w not in _THINGS) or folded[k - 1] in _NOUN_RELATIVES)
            for k, w in enumerate(folded))):
        # "of their cobalt", "van ons kobalt", "of the cobalt we bought", "van het kobalt dat zij kopen": the
        # possessor's own (not "of the cobalt in our batteries", which may be everyone's).
        return OWN_STOCK, folded
    if _named_owner(named, skip) and not lexical.names_people(folded[skip] if len(folded) > skip else ""):
        # "of the cobalt in the batteries Wearmet receives", "of the cobalt Glencore mines": a firm's own stock, named
        # as the subject of a clause on its noun (not "of the consumers Adobe surveyed": a survey's sample).
        return OWN_STOCK, folded
    if any(w in _STOCK_BACK for w in folded[skip + 1:]) and not lexical.names_people(folded[skip] if folded else ""):
        # "ruim 60 procent van het kobalt daaruit", "of the cobalt in them": a stock named before, no one's at large.
        return OWN_STOCK, folded
    # The noun phrase only: "of the world's cobalt comes from the DRC" is the world's; with a place its noun is in
    # ("van het kobalt in de Europese accuketen": Europe's).
    inside = len(folded) > skip + 2 and folded[skip + 1] in IN_WORDS  # "of the cobalt in …"
    if not inside and (at := _mined_in(named)) > 0 and (
            won := places_in(m.group(2)[named[at].start():named[min(len(named), at + WHOLE_WORDS + 1) - 1].end()])):
        # "of the cobalt mined in Congo", "of all the cobalt dug up in Congo", "van het kobalt dat in Congo wordt
        # gedolven": what was won in a place is that place's.
        return won, folded
    reach = WHOLE_WORDS + (WHOLE_WORDS if inside else 0)
    words = words[:reach + 1]
    places = places_in(m.group(2)[:words[min(len(words), skip + reach) - 1].end()]) if words else frozenset()
    return places, folded


MINED_WORDS = 3  # lower-case words between a stock's noun and "in" ("cobalt that is mined in", "kobalt dat in")
# What may stand before an "of" phrase's noun: articles and words of all ("all the cobalt", "al het kobalt").
_PHRASE_LEADS = frozenset(NAME_WORDS.determiners) | frozenset(
    fold(w) for language in LANGUAGES.values() for w in (*language.universal_words, *language.restricting_words))


def _mined_in(named: list[re.Match[str]]) -> int:
    """Where "in" stands after an "of" phrase's noun and a few lower-case words ("the cobalt dug up in …"), -1 when
    it does not (the noun after its articles and words of all: "all the cobalt", "al het kobalt")."""
    lead = 0
    while lead < len(named) and fold(named[lead].group()) in _PHRASE_LEADS:
        lead += 1
    # Not the sentence's own verb after the noun ("60% of cobalt is mined in Congo"), nor the world's stock ("of the
    # world's cobalt is mined in Congo", "van het kobalt ter wereld wordt in Congo gedolven").
    if lead + 1 >= len(named) or fold(named[lead + 1].group()) in AUXILIARIES:
        return -1
    for j in range(lead + 2, min(len(named), lead + 2 + MINED_WORDS)):
        if not named[j - 1].group()[:1].islower() or POSSESSIVE_END.sub("", fold(named[j - 1].group())) in _WORLDLY:
            return -1
        if fold(named[j].group()) in IN_WORDS:
            return j if not _WORLDLY.intersection(POSSESSIVE_END.sub("", fold(w.group())) for w in named[:lead + 1]) \
                else -1
    return -1


def of_ours(before: str, after: str) -> bool:
    """Whether the "of" phrase right after a figure holds a first-person possessive, and the words before it speak as the
    writer too: "Our exposure is direct: in FY2024, 64% of the cobalt in our cells …" (not "About 70% of the cobalt in
    our phones …", where "our" is everyone's)."""
    return not _MINE.isdisjoint(_whole_of(after)[1]) and not (_MINE | FIRST_PERSONS).isdisjoint(
        fold(w) for w in _WORD.findall(before[-OWN_BEFORE_CHARS:]))


_MINE = frozenset(fold(w) for language in LANGUAGES.values() for w in language.first_person_possessives)
OWN_BEFORE_CHARS = 200  # characters before a figure read for the writer speaking


def _anothers_owner(occ: Occurrence, known: frozenset[str]) -> str:
    """The body whose own study the figure is of, called by a noun the draft has described it by: "Harlow & Finch, the
    department store group with 11 shops, …" then "The group's own loyalty-card survey was less clear cut. In it, 77%
    of members …" (a sentence pointing back at the study, which denies nothing). None when the noun describes no body,
    or another name stands before it, in the sentence before the study's or in a heading: "Adobe surveyed shoppers.
    The group's own figures showed …" may be Adobe's."""
    before = occ.masked[:max(0, _figure_at(occ, occ.masked))]
    at, noun = anothers_own_study(before)
    if at < 0 and (joined := _last_joined(before)):
        # or of the clause a conjunction joins on after a comma ("…, according to an Adobe study she cited, and the
        # chain's own loyalty-card panel found much the same: 77% …")
        at, noun = anothers_own_study(before[joined:])
        at = at + joined if at >= 0 else at
    earlier = occ.prior[:1]
    if at < 0:
        study = occ.prior[0] if occ.prior and _points_back(occ.masked) else ""
        at, noun = anothers_own_study(study)
        if at < 0 or not _NEGATIONS.isdisjoint(fold(w) for w in _WORD.findall(study)):
            return ""
        before, earlier = study, occ.prior[1:]
    # (a compound's head counts: "de warenhuisketen" is named back as "de keten")
    owner = next((name for kind, name in reversed(occ.described) if kind == noun or (
        len(noun) >= lexical.COMPOUND_HEAD and kind.endswith(noun))), "")
    if not owner:
        return ""
    # (not one the draft has described as another kind: "Adobe, the software group, and Brightwell, a Leeds retailer,
    # both ran surveys. In the retailer's own survey, 77% …" is Brightwell's)
    # (nor one given a study of its own, which "own" sets the study apart from: "…, according to an Adobe study she
    # cited, and the chain's own loyalty-card panel found much the same: 77% …"; nor a person's name, which no body's
    # noun calls: "Chief digital officer Priya Nandakumar said …")
    others = frozenset(name for kind, name in occ.described if kind != noun)
    return "" if any(not overlapping_names(frozenset((name,)), frozenset((owner,))) and not (
        others and overlapping_names(frozenset((name,)), others)) and not owns_a_study(text, end)
        and not person_named(name.split())
        for text in (before[:at], *earlier, *occ.where.headings) for _, end, name in names_in(text, known=known)) else owner


def _up_to_comma_after(occ: Occurrence, statement: str) -> str:
    """The statement up to the first comma after its figure: the figure's clause, not an attribution after it
    ("…, delegates there heard")."""
    at = _figure_at(occ, statement)
    # (bounded: a paragraph of figures and no commas is read once per figure)
    comma = statement.find(",", at + len(occ.figure.text), at + len(occ.figure.text) + CLAUSE_CHARS) if at >= 0 else -1
    # (not when those there tell it: "…, the government there estimates", "…, officials there say" is that place's; not
    # "…, delegates there heard")
    tail = [fold(w) for w in _WORD.findall(statement, comma, comma + CLAUSE_CHARS)] if comma >= 0 else []
    return statement[:comma] if comma >= 0 and not any(
        (w in PLACE_POINTERS and (v in _SAYING or ESTIMATE in lexical.keys(v))) or (governed(w) and v in PLACE_POINTERS)
        for w, v in itertools.pairwise(tail)) else statement


WORKER = "@worker"  # the paraphrase class of "workers", "werkers", "staff"
_PLURAL_PRONOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in (
    *language.third_person_subjects, *language.demonstratives)) - frozenset(
    fold(w) for language in LANGUAGES.values() for w in language.person_pronouns)


@functools.lru_cache(maxsize=256)
def _without_audience(text: str) -> frozenset[str]:
    """The groups a heading names, its audience left out ("The Night Readers": none); memoised, as every figure under
    the heading asks."""
    return lexical.populations(" ".join(w for w in _WORD.findall(text) if fold(w) not in _AUDIENCE))


_AUDIENCE = frozenset(fold(w) for language in LANGUAGES.values() for w in language.audience_nouns)


def _last_joined(text: str) -> int:
    """Where the last clause a conjunction joins on after a comma or semicolon starts in `text` (after "…, and"); 0
    when none does."""
    low = max(0, len(text) - CLAUSE_CHARS)  # bounded: a statement of many figures is read once per figure
    return max((m.end() for m in _JOINED.finditer(text, low) if fold(m.group(1)) in _CONJUNCTIONS), default=0)


_JOINED = re.compile(r"[,;]\s+([^\W\d_]+)\s")


def _points_back(masked: str) -> bool:
    """Whether a sentence opens pointing at a thing of the sentence before: "In it, 77% …", "Daarin wil …"."""
    words = list(itertools.islice(_WORD.finditer(masked, 0, POINTING_CHARS), 2))
    if not words:
        return False
    first = fold(words[0].group())
    return first in _STOCK_BACK or (len(words) > 1 and first in IN_WORDS and fold(words[1].group()) in _THINGS and
                                    masked[words[1].end():].lstrip()[:1] in (",", ""))


POINTING_CHARS = 20  # characters of a sentence's opening read for a pointer back ("In it,")


_NEGATIONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.clause_negations)


def _named_owner(words: list[re.Match[str]], skip: int) -> bool:
    """Whether a name stands as the subject of a clause right after a noun of the phrase: "the batteries Wearmet
    receives" (a capitalised word between a lower-case noun and a lower-case verb, no place)."""
    for k in range(skip + 1, min(len(words) - 1, NAMED_OWNER_WORDS)):
        name, noun, verb = words[k].group(), words[k - 1].group(), words[k + 1].group()
        if name[:1].isupper() and noun.islower() and verb.islower() and fold(noun) not in _STOP and \
                fold(verb) not in _STOP and not places_in(name):
            return True
    return False


NAMED_OWNER_WORDS = 7  # words of an "of" phrase read for a name whose stock it is ("the cobalt in the batteries Wearmet")


def _capital_after(words: list[re.Match[str]], k: int) -> bool:
    """Whether the word after words[k] is capitalised: "het" before "Westen" is an article, no pronoun."""
    return k + 1 < len(words) and words[k + 1].group()[:1].isupper()


def of_world(after: str) -> bool:
    """Whether the "of" phrase right after a percentage names the world's stock: "of the world's cobalt", "van het
    wereldwijde kobalt", "of cobalt worldwide"."""
    m = _OF_PHRASE.match(after[:WHOLE_CHARS])
    if m is None or fold(m.group(1)) not in _OF:
        return False
    words = [POSSESSIVE_END.sub("", fold(w)) for w in itertools.islice(_WORD.findall(m.group(2)), WHOLE_WORDS + 1)]
    return WORLD in places_in(m.group(2)) or not _WORLD_WHOLES.isdisjoint(words)


WORLD_PHRASE_CHARS = 120  # characters before a figure read for the world's noun phrase it measures
WORLD_NOUN_WORDS = 5  # words of that noun phrase after its adjective ("a global AI workforce", "a global army of click workers")
WORLD_LINK_WORDS = 6  # words from a relative or measuring word to the preposition before the figure
BOUND_WORDS = 3  # words between the last linking word and the figure ("of up to", "at between", "op ruim")


def _world_measured(statement: str, at: int, previous: str = "") -> str:
    """Whether the figure measures a noun phrase opened by the world's adjective after an article: "a global workforce
    of 150 million", "a global workforce that the World Bank puts at …", "een wereldwijd leger van 100 tot …"; "world"
    when so, "shared" when the clause names a place of its own too, "" when not. `previous`: the sentences before."""
    if at <= 0:
        return ""
    before = _WORLD_PHRASE_STOP.split(statement[max(0, at - WORLD_PHRASE_CHARS):at])[-1]
    found = list(_WORD.finditer(before))
    words = [fold(m.group()) for m in found]
    k = next((k for k in range(len(words) - 1, 0, -1) if words[k] in _WORLD_ADJECTIVES), -1)
    # An owner before it makes it the owner's staff across the world ("Kenya's global workforce of 3,000").
    if k < 1 or words[k - 1] not in NAME_WORDS.determiners or places_in(before[found[k].end():]):
        return ""
    tail = words[k + 1:]
    if any(m.group()[:1].isupper() for m in found[k + 1:k + 2 + WORLD_NOUN_WORDS]) and len(tail) <= BOUND_WORDS:
        return ""
    if not _measures_phrase(tail):
        return ""
    # A place the clause names of its own may be what the figure counts. Where it joins the phrase from outside ("Kenya
    # supplies moderators to a global workforce …", "In Nairobi, Sama recruits for a global workforce that …",
    # "Workers in Kenya join a global workforce …"), the figure is the world's or the place's, whichever claim's figure
    # it is; where the place has the phrase as its object ("India has a global workforce of …", "The Philippines on
    # its own supplies a global workforce of …") or holds it alone ("Only Kenya …", "Kenya alone …"), the place's.
    # Not a place describing another noun ("Britain's AI sector", "Kenyan moderators") nor its people ("two million
    # Filipinos do such work, part of a global workforce the World Bank puts at …"): the world's.
    opening = statement[max(0, at - SUBJECT_REACH):at - len(before) + found[k].start()]
    opening = _WORLD_SENTENCE_STOP.split(opening)[-1]
    own = [(a, b) for a, b, codes in place_spans(opening) if WORLD not in codes and _place_noun(opening, a, b)]
    if k >= 2 and words[k - 2] in _PREPOSITIONS and tuple(words[k - 3:k - 1]) not in _HOLDING_PHRASES:
        # joined from outside: "supplies moderators to a global workforce" (not "is home to a global workforce")
        return "shared" if own or _leaning_subject(opening, previous) else "world"
    if not own:
        # A subject standing for a place of the sentence before has the phrase as a place would ("India's IT ministry
        # is bullish. The country now employs a global workforce of …", "It has built …", "Het land heeft …").
        return "" if _leaning_subject(opening, previous) else "world"
    # The places nearest the phrase: one, or a list of them joined by "and" ("Kenya, Venezuela and the Philippines").
    first = len(own) - 1
    while first > 0 and _LIST_GAP.fullmatch(opening[own[first - 1][1]:own[first][0]]):
        first -= 1
    if first < len(own) - 1 and not _AND_WORDS.intersection(
            fold(w) for w in _WORD.findall(opening, own[first][1], own[-1][0])):
        first = len(own) - 1  # "In Asia, the Philippines supplies …" is no list
    before = [fold(w) for w in _WORD.findall(opening, max(0, own[first][0] - ONLY_CHARS), own[first][0])][-2:]
    if any(fold(w) in _ONLY for _, b in own[first:] for w in _WORD.findall(opening, b, b + ONLY_CHARS)[:1]) or (
            before and before[-1] in _ONLY_BEFORE and not (len(before) > 1 and before[0] in _NEGATIONS)):
        return ""  # held alone: "Kenya alone …", "In Kenya alone, …", "Only Kenya …" (not "Not only …")
    # A place after a preposition is no subject that has the phrase ("Workers in Kenya join …", "In Kenia zelf voeden
    # moderatoren …"); any other is read as one ("India has …", "India now employs …", "India, which has …").
    return "shared" if _preposition_before(opening, own[first][0]) else ""


def _leaning_subject(opening: str, previous: str) -> bool:
    """Whether a clause opens with a subject standing for a place: the bare country ("The country now employs …", "Dit
    land heeft …"), or a pronoun after a sentence whose subject is a place ("Kenya wants to become a hub. It has built
    …", "Kenya and the Philippines compete. They employ …"; not "Kenyan moderators earned … They join …", whose "they"
    are people, nor "Data labelling has moved to the Global South. It now employs …")."""
    # (after a phrase set off by a comma and a word before the subject: "Between them, they …", "Already it …",
    # "Today the country …")
    clause = opening[opening.rfind(",") + 1:]
    lead = [fold(m.group()) for m in itertools.islice(_WORD.finditer(clause), 3)]
    for k in range(min(2, len(lead))):
        if k + 1 < len(lead) and lead[k] in _SUBJECT_DETERMINERS and "@country" in lexical.keys(lead[k + 1]):
            return True
        if lead[k] in _STANDING_PRONOUNS:
            # (the sentence just before, read only here: most clauses open with no pronoun)
            return _place_subject(_LAST_SENTENCE.split(previous[-CLAUSE_CHARS:])[-1],
                                  single=lead[k] in _SINGULAR_PRONOUNS)
    return False


def _place_subject(sentence: str, single: bool = False) -> bool:
    """Whether a sentence opens with a place named as a noun, or a list of them ("Kenya wants …", "The Philippines has
    …", "Kenya and the Philippines compete …"; not "Kenyan moderators …", "Kenya's moderators …", "In Kenya, …")."""
    opening = sentence.lstrip(" \t\n*_#>\"'“‘(")[:PLACE_SUBJECT_CHARS]
    spans = [(a, b) for a, b, codes in place_spans(opening) if WORLD not in codes]
    words = [fold(m.group()) for m in _WORD.finditer(opening, 0, spans[0][0])] if spans else []
    if not spans or any(w not in NAME_WORDS.determiners for w in words):
        return False
    a, b = spans[0]
    if single and (after := _WORD.search(opening, b)) and fold(after.group()) in _AND_WORDS:
        return False  # "India and Kenya dominate the market. It is …": "it" is no list of places
    return _place_noun(opening, a, b)


def _place_noun(text: str, a: int, b: int) -> bool:
    """Whether the place at text[a:b] is named as a noun of its own: not its people ("Filipinos"), an adjective
    ("Kenyan"), a possessive ("Kenya's") or a hyphen's first part ("Kenya-based"), which describe another noun."""
    places = gazetteer()
    return places.names_noun(text[a:b]) and fold(text[a:b]) not in places.peoples and not (
        text[a:b].endswith(_POSSESSIVES) or text[b:b + 2] in _POSSESSIVES or text[b:b + 1] == "-")


PLACE_SUBJECT_CHARS = 80  # characters of the sentence before read for a place opening it


def _preposition_before(text: str, at: int) -> bool:
    """Whether the word before text[at:] (an article aside) is a preposition: "Workers in Kenya", "from the DRC"."""
    words = [fold(w) for w in _WORD.findall(text, max(0, at - ONLY_CHARS * 2), at)]
    while words and words[-1] in NAME_WORDS.determiners:
        words.pop()
    return bool(words) and words[-1] in _PREPOSITIONS


def _measures_phrase(tail: list[str]) -> bool:
    """Whether the words after the world's adjective run from its noun to the figure: "workforce of (between)",
    "workforce that the World Bank puts at", "army of click workers estimated at", "leger van"."""
    for n in range(1, min(WORLD_NOUN_WORDS, len(tail) - 1) + 1):
        link = tail[n:]
        if link[0] in _OF and len(link) - 1 <= BOUND_WORDS:
            return True  # "a global workforce of between …"
        if link[0] in _MEASURE_LINKS and len(link) <= WORLD_LINK_WORDS + BOUND_WORDS:
            last = max((j for j, w in enumerate(link) if w in _MEASURE_PREPOSITIONS), default=-1)
            if last > 0 and len(link) - 1 - last <= BOUND_WORDS:
                return True  # "… that the World Bank puts at", "… estimated at", "… die de Wereldbank op …"
    return False


ONLY_CHARS = 12  # characters after a place read for "alone", "alleen"
_SUBJECT_DETERMINERS = NAME_WORDS.determiners | frozenset(
    fold(w) for language in LANGUAGES.values() for w in language.referring_determiners)
_HOLDING_PHRASES = frozenset(tuple(fold(w) for w in p) for language in LANGUAGES.values()
                             for p in language.holding_phrases)
_SINGULAR_PRONOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.figure_pronouns)
# (not an article that is a pronoun too: "Het Britse bedrijf …")
_STANDING_PRONOUNS = frozenset(fold(w) for language in LANGUAGES.values()
                               for w in (*language.subject_pronouns, *language.figure_pronouns)) - NAME_WORDS.determiners
_WORLD_PHRASE_STOP = re.compile(r"[.;:!?—–()]")
# Between two places of a list: a comma, "and", an article ("Kenya, Venezuela and the Philippines").
_LIST_GAP = re.compile(r"[ \t]*,?[ \t]*(?:(?:{})[ \t]+)?(?:(?:{})[ \t]+)?".format(
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.and_words})) or "(?!)",
    "|".join(sorted(map(re.escape, NAME_WORDS.determiners)))), re.IGNORECASE)
_WORLD_SENTENCE_STOP = re.compile(r"[.;!?][ \t\n]")
_POSSESSIVES = ("'s", "’s")
_WORLD_ADJECTIVES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.world_adjectives)
_MEASURE_PREPOSITIONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.measure_prepositions)
_MEASURE_LINKS = frozenset(fold(w) for language in LANGUAGES.values()
                           for w in (*language.noun_relatives, *language.measuring_words))


def _contained(text: str, start: int, end: int) -> bool:
    """Whether the figure at text[start:end] is what a verb of containing has: one just before it ("contains more than
    60%", "consists of 40%"), or one closing its own clause with no relative between ("dat het toestel 40 procent
    gerecycled kobalt bevat"; not "77% want experiences that contain …", "… die aanbevelingen bevatten")."""
    before = [fold(w) for w in _WORD.findall(text[max(0, start - CONTAINED_CHARS):start])][-CONTAINED_WORDS:]
    if not _CONTAINING.isdisjoint(before):
        return True
    stop = [i for i in (text.find(mark, end) for mark in ",;:()") if i >= 0]
    after = [fold(w) for w in _WORD.findall(text[end:min(stop) if stop else len(text)])]
    verb = next((k for k, w in enumerate(after) if w in _CONTAINING), -1)
    return verb >= 0 and _RELATIVE_OR_THAT.isdisjoint(after[:verb])


_CONTAINING = frozenset(fold(w) for language in LANGUAGES.values() for w in language.containing_words)
CONTAINED_CHARS = 40  # characters before a figure read for a verb of containing it
CONTAINED_WORDS = 4  # and words ("consists of more than", "bestaat voor ruim")
_RELATIVE_OR_THAT = _RELATIVES | frozenset(fold(w) for language in LANGUAGES.values() for w in language.complementisers)


def _whole(occ: Occurrence, near: str) -> frozenset[str]:
    """What a percentage is a share of (whole_places); the writer's own stock when the writer is the statement's
    subject and the "of" phrase holds a possessive: "we traced 100% of the cobalt in our packs" (not "ruim 60
    procent van het kobalt in onze batterijen komt uit Congo", where "our" may be everyone's)."""
    whole, phrase = _whole_of(occ.after)
    if not phrase and occ.where.kind == "table_cell" and (of := _OF_WORD.search(occ.where.row_header)) and \
            _whole_of(occ.where.row_header[of.start():])[0] == OWN_STOCK:
        # "| Share of group cobalt output from DRC operations (%) | 93 |": a row's label may say a cell's share is of an
        # owner's own stock. Only that: "| Aandeel van Congo in de wereldwijde kobaltproductie |" is Congo's share.
        return OWN_STOCK
    # Looked for among the statement's first characters only: a paragraph of masked figures is all spaces.
    opening = [fold(m.group()) for m in itertools.islice(_WORD.finditer(near, 0, SAMPLE_CHARS), 2)] if not phrase else []
    if len(opening) == 2 and opening[0] in _SAMPLE_PREPOSITIONS and opening[1] in _STOCK_POSSESSIVES:
        return OWN_STOCK  # "Bij onze eigen klanten zei zelfs 8 op de 10 hetzelfde": a share of the speaker's own sample
    if phrase and phrase[0] in _PARTITIVE_PRONOUNS and occ.previous and fold(next(iter(_WORD.findall(
            _LAST_SENTENCE.split(occ.previous)[-1])), "")) in FIRST_PERSONS:
        return OWN_STOCK  # "We asked the children in Year 6. 100 percent of them said …": the writer's own sample
    if not phrase and (part := _part_of(occ.masked, _figure_at(occ, occ.masked))) is not None:
        return part
    if not phrase and (at := _figure_at(occ, near)) >= 0 and _contained(near, at, at + occ.span[1] - occ.span[0]):
        return OWN_STOCK  # "… dat het toestel 40 procent gerecycled kobalt bevat": what a thing is made of
    if not whole and (within := _within(near, _figure_at(occ, near))):
        return within
    if whole or _STOCK_POSSESSIVES.isdisjoint(phrase):
        return whole
    at = _figure_at(occ, near)
    writer = not FIRST_PERSONS.isdisjoint(fold(w) for w in _WORD.findall(near[:at] if at >= 0 else ""))
    return OWN_STOCK if writer else whole


_WITHIN = re.compile(r"\b(?:{})[ \t]+(?:(?:{})[ \t]+)?(?=[^\W\d_])".format(
    "|".join(sorted({re.escape(w) for language in LANGUAGES.values() for w in language.within_words})) or "(?!)",
    "|".join(sorted(map(re.escape, NAME_WORDS.determiners)))), re.IGNORECASE)


WITHIN_REACH = 200  # characters on each side of a figure read for "within" a place and for the world


def _within(statement: str, at: int) -> frozenset[str]:
    """The place a statement says a share is taken within, before the figure: "Within Congo, over 60% of the cobalt
    comes from Lualaba", "Binnen Congo komt ruim 60 procent …" (Congo's cobalt); none when no place follows."""
    if at <= 0:
        return frozenset()
    # Read within a bounded stretch around the figure: a paragraph may hold thousands of figures.
    low, high = max(0, at - WITHIN_REACH), at + WITHIN_REACH
    if not _WORLDLY.isdisjoint(POSSESSIVE_END.sub("", fold(w)) for w in _WORD.findall(statement, low, high)):
        return frozenset()  # "Binnen Afrika levert Congo meer dan 60 procent van al het kobalt ter wereld": the world's
    for m in _WITHIN.finditer(statement, low, at):
        spans = spans_between(statement, m.end(), at)
        if spans and spans[0][0] == m.end():
            return places_within(statement, spans[0][0], spans[0][1]) - {WORLD}
    return frozenset()


def _verb_first(clause: str) -> bool:
    """Whether a clause joined by a conjunction has no subject of its own: the word after the conjunction is no
    determiner, pronoun, name or noun of people ("en kregen 150 …", "and had to read …"; not "en hun chefs kregen …")."""
    words = _WORD.findall(clause[:VERB_FIRST_CHARS])
    if len(words) < 2 or fold(words[0]) not in _CONJUNCTIONS:
        return False
    word = words[1]
    return not word[:1].isupper() and fold(word) not in _SUBJECT_OPENERS and not lexical.names_people(word)


VERB_FIRST_CHARS = 60  # characters of a clause read for its conjunction and the word after it
_CONJUNCTIONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.clause_conjunctions)
_SUBJECT_OPENERS = NAME_WORDS.determiners | frozenset(
    fold(w) for language in LANGUAGES.values() for w in (*language.leaning_words, *language.partitive_pronouns))

def _credited_body(bracket: str, known: frozenset[str]) -> frozenset[str]:
    """The organisations a credit's bracket names, when they are bodies: one the registry knows, one word that is no
    wire service ("(Salesforce)"; not "(Belga)", "(AP Photo)"), or a longer name ending in a noun of a body or a finding
    ("Northfold Research", "Pew Research Center"); a longer one is a person's otherwise ("(Billy Perrigo)")."""
    if fold(bracket.split()[0]) in NAME_WORDS.determiners:
        return frozenset()  # "(The Guardian)", "(De Standaard)": a paper's title
    found = read(bracket, known=known).organisations
    return frozenset(name for name in found if name in known or (
        name not in _AGENCIES and not _CREDIT_WORDS.intersection(name.split()) and (
            " " not in name or fold(name.split()[-1]) in _BODY_ENDS)))


_BODY_ENDS = BODY_HEADS | NAME_WORDS.origins | frozenset(
    fold(w) for language in LANGUAGES.values() for w in language.body_name_ends)
_AGENCIES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.news_agencies)
_CREDIT_WORDS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.credit_words)


def _government_says(statement: str) -> bool:
    """Whether a statement, or the clause its speaker reports, opens with a government saying or estimating its figure
    ("the government reckons …", "de overheid schat …", "Mira Sandhu, chief executive of Oxley, says the government
    estimates …", "She repeats the government's estimate that …"; not "unlike the government, it reckons …")."""
    found = list(_WORD.finditer(statement[:GOVERNMENT_CHARS * 2]))
    words = [m.group() for m in found]
    if _government_opens(words[:sum(m.start() < GOVERNMENT_CHARS for m in found)]):
        return True
    # (a main clause's verb, not a relative's: "According to the Washington Post, which says the government …")
    told = next((k + 1 for k, w in enumerate(words[:REPORTED_AT]) if fold(w) in _REPORTING
                 and not (k and fold(words[k - 1]) in _RELATIVES)), 0)
    if told and told < len(words) and fold(words[told]) in NAME_WORDS.complementisers:
        told += 1  # "… says that the government estimates …"
    # (and the figure in the clause it reports, no relative clause of its own between: "Time says the government
    # reckons without the moderators OpenAI hired in Kenya, who were paid less than $2 an hour")
    return bool(told) and told < len(words) and _government_opens(words[told:]) and \
        _RELATIVE_CLAUSE_OPENING.search(statement, found[told].start(), max(found[told].start(), statement.find(
            MASKED_GAP, found[told].start()))) is None


def _government_opens(words: list[str]) -> bool:
    """Whether words open with a government saying or estimating (see _government_says)."""
    # (or after an attribution's opener: "volgens de overheid daar zijn …", "according to the government, …")
    opened = next((len(o) for o in NAME_WORDS.openers if tuple(fold(w) for w in words[:len(o)]) == o), 0)
    for k, word in enumerate(words[opened:opened + GOVERNMENT_WORDS], opened):
        if governed(word):
            if opened:
                return True
            # (the verb after a word pointing at the place: "de overheid daar schat …")
            after = next((w for w in (fold(v) for v in words[k + 1:k + 3]) if w not in PLACE_POINTERS), "")
            return after in _SAYING or ESTIMATE in lexical.keys(after)
        if fold(word) not in NAME_WORDS.determiners and not word[:1].isupper():
            return False
    return False


GOVERNMENT_CHARS = 80  # characters of a statement its opening government and verb stand within
REPORTED_AT = 12  # words a speaker's verb stands within before the clause it reports ("Mira Sandhu, chief executive of
# Oxley, says …")
# Who tells a figure or passes it on: "says", "repeats", "herhaald".
_REPORTING = _SAYING | frozenset(fold(w) for language in LANGUAGES.values() for w in language.repeating_words)
_RELATIVE_CLAUSE_OPENING = re.compile(r",[ \t]+(?:{})\b".format("|".join(sorted(map(re.escape, _RELATIVES)))),
                                      re.IGNORECASE)
GOVERNMENT_WORDS = 3  # words: a determiner, a place's adjective, the institution ("the Philippine government")
ESTIMATE = "@estimate"  # the paraphrase class of "estimates", "reckons", "schat"


def _placed_before_relative(occ: Occurrence, places: frozenset[str]) -> bool:
    """Whether the figure's clause opens with a relative of place on a noun that is no place, itself in a preposition's
    phrase ("in een industrie waarin", "into an industry in which"; not "India is a country where", nor "India has
    built an industry in which"), and `places` are named only before it in its sentence."""
    text, (start, end) = occ.masked, occ.span
    found = list(_PLACE_RELATIVE.finditer(text, max(0, start - CLAUSE_CHARS), start))
    if not found:
        return False
    at, opened = found[-1].start(), found[-1].end()
    # (It opens the figure's clause: no stop, comma or other clause's opener stands between them.)
    if _CLAUSE_STOP.search(text, opened, start) or any(opens_clause(w, occ.lang) for w in _WORD.findall(text, opened,
                                                                                                         start)):
        return False
    head = [fold(w) for w in _WORD.findall(text, max(0, at - HEAD_CHARS), at)][-HEAD_WORDS:]
    if not head or places_in(head[-1].title()) or head[-1] in _PLACE_NOUNS or COUNTRY in lexical.keys(head[-1]) or \
            _PHRASE_PREPOSITIONS.isdisjoint(head[:-1]):
        return False
    stop = _SENTENCE_END.search(text, end, end + CLAUSE_CHARS)
    after = places_in(text[at:stop.start() if stop else min(len(text), end + CLAUSE_CHARS)]) - {WORLD}
    return not after and not places.isdisjoint(places_in(text[max(0, at - CLAUSE_CHARS):at]))


_PLACE_RELATIVE = re.compile(r"\b(?:{})\b".format("|".join(sorted(
    {re.escape(w).replace("\\ ", r"[ \t]+") for language in LANGUAGES.values() for w in language.locative_relatives},
    key=len, reverse=True)) or "(?!)"), re.IGNORECASE)
HEAD_CHARS = 40  # characters before a relative read for the noun it hangs on
HEAD_WORDS = 4  # words of them: the noun, and a preposition opening its phrase ("in een industrie", "into an industry")
_PHRASE_PREPOSITIONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.relative_head_prepositions)


def _cities_of_names(text: str, places: frozenset[str], known: frozenset[str]) -> bool:
    """Whether each of `places` is a city that `text` names only inside or closing the name of an organisation
    ("Rijksuniversiteit Groningen", "the University of Groningen")."""
    if not all(gazetteer().is_city(p) for p in places):
        return False
    names = [(a, b) for a, b, name in names_in(text, known=known) if " " in name]
    # (A place's span may hold the stop after it.)
    spans = [(a, a + len(text[a:b].rstrip(". "))) for a, b, codes in place_spans(text) if not places.isdisjoint(codes)]
    # (or closing one right after it, which a title's opening noun kept apart: "Reactie Kenniscentrum Platformwerk
    # Tilburg")
    return bool(spans) and all(any((na <= a and b <= nb and (na, nb) != (a, b)) or (
        nb < a and not text[nb:a].strip()) for na, nb in names) for a, b in spans)


def _part_of(sentence: str, at: int) -> frozenset[str] | None:
    """What a share opened by "of which", "waarvan" is of: the quantity the clause before names, the world's when that
    clause names the world, a sample of people's when it names people; None without such a relative."""
    if at <= 0:
        return None
    m = _PART_RELATIVE.search(sentence, max(0, at - PART_CHARS), at)
    if m is None:
        return None
    opening = _CLAUSE_OPENING.split(sentence[max(0, m.start() - OPENING_CHARS):m.start()])[-1]
    held = [fold(w) for w in _WORD.findall(opening)]
    if any(lexical.populations(w) or lexical.names_people(w) for w in held):
        return None  # "1.000 consumenten, waarvan 77 procent …": the sample a finding is of
    if organisations_in(opening) or any(w in _STOCK_OWNERS or w.endswith(_OWNER_ENDINGS) for w in held):
        # "Voltaan kocht 1.250 ton kobalt in, waarvan ongeveer 70 procent uit Congo kwam", "The battery maker bought
        # …", "Tesla, de grootste autobouwer ter wereld, kocht …": an owner's stock, however global the owner.
        return OWN_STOCK
    if WORLD in places_in(opening) or not _WORLD_WHOLES.isdisjoint(held):
        return frozenset({WORLD})  # "Wereldwijd werd 200.000 ton gedolven, waarvan ruim 60 procent in Congo"
    return None  # "Last year 170,000 tonnes of cobalt were mined, of which over 60% in the DRC": no one's, the world's


PART_WORDS = 2  # words between the relative and its share ("of which about 70%", "waarvan naar schatting 70 procent")
PART_CHARS = 60  # characters before a share read for its relative
OWNER_ENDING_LETTERS = 5  # letters of an owner's noun that ends a compound ("batterijmaker")
OPENING_CHARS = 200  # characters of the clause before the relative read for what it names
# The relative, then at most PART_WORDS words, up to the share (bounded: searched within PART_CHARS).
_PART_RELATIVE = re.compile(r"\b(?:{})\b(?:[ \t]+[^\W\d_]+){{0,{}}}[ \t]*$".format("|".join(sorted(
    (r"[ \t]+".join(map(re.escape, phrase.split())) for language in LANGUAGES.values()
     for phrase in language.part_relatives), key=len, reverse=True)) or "(?!)", PART_WORDS), re.IGNORECASE)
_CLAUSE_OPENING = re.compile(r"[.!?;:][ \t\n]")  # the clause before a share's relative starts after the last stop


# "van zijn eigen kobalt", "of its own cobalt": with an own word, any possessive is an owner's (Dutch "zijn" alone may
# be a verb).
_ANY_POSSESSIVES = frozenset(fold(w) for language in LANGUAGES.values()
                             for w in (*language.possessives, *language.person_possessives))
_STOCK_OWNERS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.stock_owner_nouns)
_OWNER_ENDINGS = tuple(w for w in _STOCK_OWNERS if len(w) >= OWNER_ENDING_LETTERS)  # "batterijmaker", "autobouwer"
# Who processes a stock, after its noun ("of the cobalt we bought", "of the cobalt they recover") or its relative ("van
# het kobalt dat het terugwint"): theirs. "het" and "it" only after a relative: elsewhere "het" is an article. Of
# people, only the writer's: "of the consumers they surveyed" is a survey's sample, what its finding is of.
_THINGS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.figure_pronouns)
_STOCK_SUBJECTS = FIRST_PERSONS | _THINGS | frozenset(fold(w) for language in LANGUAGES.values()
                                                      for w in language.subject_pronouns)
_STOCK_BACK = frozenset(fold(w) for language in LANGUAGES.values() for w in language.stock_back_words)
_OF_WORD = re.compile(r"\b(?:{})\b".format("|".join(sorted(map(re.escape, _OF)))), re.IGNORECASE)
# A place named back by its noun, as an owner: "of the country's output" is a share of that place's own.
_PLACE_OWNERS = frozenset(fold(w) + s for language in LANGUAGES.values()
                          for w in (*language.paraphrases.get("country", ()), *language.place_nouns) for s in ("'s", "’s"))
_LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+")  # the sentences leaned on, joined: the last is the one just before
SAMPLE_CHARS = 60  # characters of a statement's opening read for the sample a share is among ("Bij onze eigen klanten")
_PARTITIVE_PRONOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.partitive_pronouns)
_SAMPLE_PREPOSITIONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.sample_prepositions)
OWN = "@own"  # the whole of a share of a possessor's own stock: no share any place holds of the world's
OWN_STOCK = frozenset({OWN})
# Possessives of a stock (a person's "his", "haar" are not: Dutch "zijn" is also a verb).
_STOCK_POSSESSIVES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.possessives
                               if w not in language.person_possessives)


WHOLE_CHARS = 120  # characters after a percentage read for its "of" phrase
WHOLE_WORDS = 3  # and words of its noun phrase after a determiner ("de Congolese productie")
OWN_STOCK_WORDS = 5  # words of it read for a pronoun whose stock it is ("het kobalt dat wij kopen")


def measured(occ: Occurrence) -> str:
    """The noun a percentage is of: the last word of an "of" phrase that closes the clause ("50% of the
    world's known cobalt reserves." -> "reserves"); "" when none does (a verb may follow: "… cobalt comes")."""
    if occ.figure.kind != "percent":
        return ""
    m = _OF_PHRASE.match(occ.after[:120])
    if m is None or fold(m.group(1)) not in _OF:
        return ""
    words = [fold(w) for w in _WORD.findall(m.group(2))]
    if words and words[0] in _FREE_RELATIVES and not _WORLD_NOUNS.isdisjoint(words[1:FREE_RELATIVE_WORDS]):
        return ""  # "a third of what the world uses": a share of the world's, no noun ("what the DRC exports" has one)
    head = ""
    heads = []
    for w in words[:6]:
        if w in _STOP or len(w) < 2 or (head and len(w) >= PARTICIPLE and w.endswith(_PARTICIPLE_ENDS)):
            if head:
                break  # the noun phrase ends at a preposition or a participle: "het kobalt ter wereld"
            continue
        head = w.removesuffix("'s").removesuffix("’s")
        heads.append(head)
        if head in _HOW_OFTEN:
            return ""  # "99% of the time (spent searching)": how often, not a part of anything
        if head == w and lexical.names_people(w):
            break  # people end the noun phrase: "van de klanten verwacht …", "of Kenyan workers earn …"
    if len(heads) > 1 and heads[-1] == words[-1] and frequency.zipf(head) < VERB_LIKE and _verb_final(occ):
        head = heads[-2]  # "dat ruim 60 procent van het kobalt levert": the clause's last word is its verb
    # A word this common after the noun is likely its verb ("of the world's cobalt comes from"): no noun then.
    return head if frequency.zipf(head) < VERB_LIKE else ""


def _verb_final(occ: Occurrence) -> bool:
    """Whether the figure stands in a clause that ends with its verb: opened, after the last comma before the figure,
    by a relative or complementiser of a language whose subordinate clauses do ("…, dat ruim 60 procent … levert")."""
    language = LANGUAGES.get(occ.lang)
    if language is None or not language.verb_final_subordinates:
        return False
    low = max(0, occ.span[0] - VERB_FINAL_REACH)
    before = occ.masked[low:occ.span[0]]
    comma = before.rfind(",")
    words = list(_WORD.finditer(before, comma + 1))
    # Not a demonstrative opening the sentence: "Dat is ruim 60 procent van het wereldwijde kobalt."
    return any(fold(w.group()) in _SUBORDINATORS and (k > 0 or comma >= 0 or occ.masked[:low + w.start()].strip(
        _OPENING_MARKS)) for k, w in enumerate(words))


VERB_FINAL_REACH = 80  # characters before a figure read for the word opening its clause
_OPENING_MARKS = " \t\n*_>\"'“‘„-"  # what may stand before a sentence's first word
_SUBORDINATORS = frozenset(fold(w) for language in LANGUAGES.values() if language.verb_final_subordinates
                           for w in (*language.clause_relatives, *language.complementisers))


FREE_RELATIVE_WORDS = 4  # words of a free relative read for the world it is of
_WORLD_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.world_nouns)
_WORLD_WHOLES = _WORLD_NOUNS | frozenset(fold(w) for language in LANGUAGES.values() for w in language.world_adjectives)
_WORLDLY = _WORLD_WHOLES | frozenset(fold(w) for language in LANGUAGES.values() for w in language.world_words)
_FREE_RELATIVES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.free_relatives)
_CHANGE_LEADS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.change_leads)
_CHANGE_WORDS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.change_words)
_COMPARATIVES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.comparative_words)
_WORD_RIGHT_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")  # the word right after a figure, no mark between
CHANGE_REACH = 10  # words a word of change may stand before a "by" or "met" ("daalde de prijs … vorig jaar met")


def is_change(before: str, after: str) -> bool:
    """Whether a percentage between `before` and `after` is a change: "rose 4.8%", "lifted open rates by 23%",
    "de conversie met 12 procent stijgen", "a 23% rise"."""
    prior = _unqualified(before)  # "fallen by more than half": the qualifier is the figure's, the "by" leads it
    nxt = [fold(w) for w in _WORD.findall(after[:CHANGE_CHARS])]
    if (nxt and nxt[0] in _CHANGE_WORDS) or not _CHANGE_WORDS.isdisjoint(prior[-CHANGE_NEAR:]):
        return True  # "rose 4.8%", "grew revenue 11%", "a 23% rise"
    if (right := _WORD_RIGHT_AFTER.match(after)) and fold(right.group(1)) in _COMPARATIVES:
        return True  # "30% cheaper" (not "now 70%, higher than a decade ago")
    return bool(prior) and prior[-1] in _CHANGE_LEADS and any(
        w in _CHANGE_WORDS for w in prior[-CHANGE_REACH - 1:] + nxt[:3])


# Longest first: "more than" before "than".
_QUALIFIER_PHRASES = sorted({tuple(fold(w) for w in p if _WORD.fullmatch(w)) for language in LANGUAGES.values()
                             for p in language.qualifiers} - {()}, key=lambda p: (-len(p), p))


# The same phrases by their last word, longest first still: only those ending in the last word before a figure can
# close it, so the few of that word are tried (every one of them was, for every figure).
_QUALIFIERS_BY_LAST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in _QUALIFIER_PHRASES:
    _QUALIFIERS_BY_LAST[_phrase[-1]] = (*_QUALIFIERS_BY_LAST.get(_phrase[-1], ()), _phrase)


def _unqualified(before: str) -> list[str]:
    """The folded words before a figure, within CHANGE_CHARS, less a qualifier closing them ("by more than")."""
    prior = [fold(w) for w in _WORD.findall(before[-CHANGE_CHARS:])]
    for phrase in _QUALIFIERS_BY_LAST.get(prior[-1], ()) if prior else ():
        if len(phrase) < len(prior) and tuple(prior[-len(phrase):]) == phrase:
            return prior[:-len(phrase)]
    return prior


CHANGE_NEAR = 2  # words a word of change may stand before a percentage with nothing between to lead it
CHANGE_CHARS = 80  # characters read on either side of a percentage for a change


def is_earlier(before: str) -> bool:
    """Whether a figure after `before` is the level a change started from: "up from about 40 million", "down from
    more than $40", "tegenover 66 procent in 2022" (a qualifier between is the figure's)."""
    prior = _unqualified(before)
    return any(len(lead) <= len(prior) and tuple(prior[-len(lead):]) == lead for lead in _EARLIER_LEADS)


_EARLIER_LEADS = frozenset(tuple(fold(w) for w in p) for language in LANGUAGES.values() for p in language.earlier_leads)


def is_asked(before: str, *above: str) -> bool:
    """Whether a figure is asked for, not said to be: a demand word before it with no reported clause, relative
    clause or contrast between ("We call on AI firms to pay at least $5 an hour", not "The union demands more, but Time
    found that …"), or one in the label, list lead-in or column header it stands under ("Onze eisen:")."""
    words = [fold(w) for w in _DEMAND_TOKEN.findall(before)]  # (a colon links a demand's noun: "Ons doel: …")
    end = _demand_end(words)
    # The word right after the demand may lead what is asked ("eisen dat bedrijven …", "demand that firms …").
    if end >= 0 and _DEMAND_STOPS.isdisjoint(words[end + 1:]):
        return True
    return any(_asks(text) for text in above if text)


def _asks(heading: str) -> bool:
    """Whether a heading, label or lead-in asks for the figures under it: a demand phrase, not a demand's noun that a
    plural of facts heads, as said in its support ("The figures behind our recommendation", "Cijfers achter ons
    voorstel"; not "Data-driven recommendations", "Op basis van de cijfers: ons voorstel")."""
    words = [fold(w) for w in _DEMAND_TOKEN.findall(heading)]
    end = _demand_end(words)
    if end < 0:
        return False
    noun = end - 1
    if words[noun] not in _DEMAND_NOUNS:
        return True
    for e in range(max(0, noun - EVIDENCE_REACH), noun - 1):
        if words[e] in _EVIDENCE_NOUNS and words[e + 1] in _EVIDENCE_LINKS and all(
                w in _EVIDENCE_FILLERS for w in words[e + 2:noun]):
            return False
    return True


EVIDENCE_REACH = 4  # words from a plural of facts to the demand's noun it heads: "numbers behind this proposal"


def _demand_end(words: list[str]) -> int:
    """Where the last demand phrase among `words` ends, -1 when none does (phrases looked up by their first word: this
    runs for every figure)."""
    return max((k + len(p) for k, w in enumerate(words) for p in _DEMANDS_BY_FIRST.get(w, ())
                if tuple(words[k:k + len(p)]) == p and not (w in _DEMAND_NOUNS and _names_a_kind(words, k))),
               default=-1)


def _names_a_kind(words: list[str], k: int) -> bool:
    """Whether the demand's noun at words[k] names a kind of thing ("a recommendation engine is …"): a word follows
    that does not link it to the figure, and no colon closes its phrase ("De aanbeveling aan Sama: …")."""
    return k + 1 < len(words) and words[k + 1] not in _DEMAND_NOUN_LINKS and \
        ":" not in words[k + 1:k + 1 + DEMAND_PHRASE_WORDS]


DEMAND_PHRASE_WORDS = 4  # words of a demand's noun phrase before its colon: "Een voorstel uit Brussel:"


DEMAND_CHARS = 160  # characters before a figure read for a demand that governs it


def _row_labels(where: Surroundings, *, citing: bool = False) -> tuple[str, ...]:
    """A table cell's row's other label cells, after its first (those holding no figure): "| Maandloon voor fulltime
    datawerk | Brazilië | 90 tot 100 euro |" says what its figures are of in each. With `citing`, only those under a
    header of who cited or reported it ("Cited by")."""
    return tuple(cell for k in where.nearby() if k not in (0, where.column) and (cell := where.row[k].strip())
                 and not any(c.isdigit() for c in cell) and (
                     not citing or (k < len(where.columns) and _names_citing(where.columns[k]))))


def _names_speakers(header: str) -> bool:
    """Whether a table's stub header says its rows are who said each figure: "Speaker", "Spreker", "Witness"."""
    return bool(header) and not _SPEAKER_NOUNS.isdisjoint(fold(w) for w in _WORD.findall(header))


_SPEAKER_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.speaker_nouns)


def _names_citing(header: str) -> bool:
    """Whether a column header says its cells are who cited or reported a figure: "Cited by", "Estimate cited by",
    "Source (publication)"; not sources ("Source cited by Mirewood", "Original source, cited by …", "Bron genoemd in
    artikel") nor a figure's makers ("Estimate published by", "Data reported by")."""
    words = [fold(w) for w in _WORD.findall(header)]
    if words and words[0] in _SOURCE_NOUNS:
        return len(words) > 1 and words[1] in MEDIA_NOUNS and "(" in header
    if _CITING_HEADER.isdisjoint(words) or not _SOURCE_NOUNS.isdisjoint(words):
        return False
    return not MEDIA_NOUNS.isdisjoint(words) or not (words[0] in NAME_WORDS.origins
                                                     and NAME_WORDS.citing.isdisjoint(words))


_SOURCE_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.source_nouns)


_CITING_HEADER = NAME_WORDS.citing | NAME_WORDS.reporting | MEDIA_NOUNS


def is_minimum_wage(before: str, after: str, *above: str) -> bool:
    """Whether a sum is a minimum wage: one named in the words just before it in its clause ("het minimumloon van
    14 euro"), just after it ("the $7.25 federal minimum wage"), or in a label or header it stands under."""
    clauses = _CLAUSE_BREAK.split(before[-MINIMUM_CHARS:])
    clause = clauses[-1]
    opening = _WORD.match(clause.lstrip())
    # "the UK's national living wage, which rose to £11.44 an hour": the sum of the noun the clause describes.
    described = " ".join(_WORD.findall(clauses[-2])[-MINIMUM_WORDS:]) if len(clauses) > 1 and opening is not None \
        and fold(opening.group()) in _RELATIVE_LEADS else ""
    near = (described, " ".join(_WORD.findall(clause)[-MINIMUM_WORDS:]), " ".join(_WORD.findall(
        _CLAUSE_BREAK.split(after[:MINIMUM_CHARS])[0])[:MINIMUM_WORDS]), *above)
    # A period between is the wage's own: "the minimum hourly wage".
    return MINIMUM_WAGE in lexical.pool(" ".join(w for w in _WORD.findall(t) if not lexical.is_period(fold(w)))
                                        for t in near if t)


MINIMUM_WAGE = "@minimum-wage"  # the paraphrase class of the languages' words for it
_RELATIVE_LEADS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.clause_relatives)
# The paraphrase classes of what a sum measures: pay is no revenue, rent or price.
MEASURES = frozenset({"@pay", "@revenue", "@funding", "@valuation", "@profit", "@rent", "@price", BONUS, MINIMUM_WAGE})
PAY_MEASURES = MEASURES - BONUS_MEASURE  # what a clause names of a sum, a bonus only where it governs it (_bonus_governs)
# And of what a share is of: what is produced is not what is used ("70% of cobalt demand" is no share of output).
SHARE_MEASURES = frozenset({"@produce", "@demand"})
MINIMUM_CHARS = 80  # characters on either side of a sum read for a minimum wage it is
MINIMUM_WORDS = 4  # and words ("minimum wage of roughly", "federal minimum wage")
_CLAUSE_BREAK = re.compile(r"[,;:()\n]")
OWN_LEAD_WORDS = 3  # words after "own" a colon lead's study noun stands within ("her own chain's shopper panel")


def is_inhabitants(before: str, after: str) -> bool:
    """Whether a count between `before` and `after` is a place's population: "an island of some 30 million people",
    "een land met ruim 17 miljoen inwoners", "a nation of 110 million," (a place noun and a linking word, a qualifier
    between is the figure's; people in general after it, or no noun: "a city with thousands of young click workers"
    counts a group)."""
    prior = _unqualified(before)
    if not (len(prior) >= 2 and prior[-2] in _PLACE_KINDS and prior[-1] in _HOLDING):
        return False
    m = _NEXT_NOUN.match(after)
    if m is None:
        return True  # no noun: "a nation of 110 million, …"
    noun = fold(m.group(1))
    if noun in _STOP and noun not in _HOLDING:
        return True  # no noun, a place's phrase: "a coastal city of about 730,000 on Mindanao"
    return noun in _INHABITANTS or (noun in _PEOPLE and m.group(2) is not None)  # "… 30 million people, full-time …"


_PLACE_KINDS = frozenset(fold(w) for language in LANGUAGES.values()
                         for w in (*language.place_nouns, *language.paraphrases.get("country", ())))
_INHABITANTS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.population_nouns)
_PEOPLE = frozenset(fold(w) for language in LANGUAGES.values() for w in language.paraphrases.get("people", ()))
_NEXT_NOUN = re.compile(r"[ \t]*([^\W\d_]+)[ \t]*([,.;:)]|$)?")
_HOLDING = frozenset(fold(w) for language in LANGUAGES.values() for w in (*language.linking_words, *language.holding_words))
_DEMANDS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in sorted({tuple(fold(w) for w in p) for language in LANGUAGES.values() for p in language.demand_words}):
    _DEMANDS_BY_FIRST[_phrase[0]] = (*_DEMANDS_BY_FIRST.get(_phrase[0], ()), _phrase)
_DEMAND_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.demand_nouns)
_EVIDENCE_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.evidence_nouns)
_EVIDENCE_LINKS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.evidence_links)
# (between them, only what says which demand: "behind this proposal", "achter ons voorstel")
_EVIDENCE_FILLERS = NAME_WORDS.determiners | NAME_WORDS.possessives | frozenset(
    fold(w) for language in LANGUAGES.values() for w in (*language.demonstratives, *language.figure_demonstratives))
_DEMAND_NOUN_LINKS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.demand_noun_links)
_DEMAND_TOKEN = re.compile(rf"{_WORD.pattern}|:")
_DEMAND_STOPS = frozenset(fold(w) for language in LANGUAGES.values() for w in (
    *language.reported_clause_leads, *language.contrast_words, *language.clause_relatives, *language.question_words))


def per_unit(occ: Occurrence) -> str:
    """What a sum of money is per, when that is a unit and no period: "30 cents per task", "2 cent per foto"."""
    if occ.figure.kind != "money" or occ.figure.per is not None:
        return ""
    m = _TWO_WORDS.match(occ.after)
    if m is None:
        return ""
    lex = lexicon(occ.lang)
    lead, noun = fold(m.group(1)), fold(m.group(2))
    return noun if lead in lex.period_leads and noun not in lex.period_units and noun not in _STOP else ""


_TWO_WORDS = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+([^\W\d_]+)")
VERB_LIKE = 5.3
# Letters from which a word after its noun, ending as a participle, is one: "all cobalt mined on the planet"
# (a noun after a noun ending so is rarer than the participle: "the world's seed" is no share's head).
PARTICIPLE = 5


# (the phrase ends at a stop, a slash or a closing quote: "of the world's cobalt' / 'Congo levert …'")
_OF_PHRASE = re.compile(r"\s*([^\W\d_]+)\s+((?:[^.,;:!?()/\"“”'’]|['’](?=\w))*?)\s*(?:[.,;:!?()/\"“”]|['’](?!\w)|$)")


# --- what a table's headers say of the figures under them ---------------------------------------------

_PAREN = re.compile(r"\(([^()]{1,40})\)")


_PERIODS = {fold(w): unit for language in LANGUAGES.values() for w, unit in language.period_units.items()}
# "a" and "an" lead a period only after a figure ("$2 an hour"); before one they are articles ("In a week where …").
_PERIOD_LEADS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.period_leads
                          if w not in language.articles)


def with_echo(figure: Figure, occ: Occurrence) -> Figure:
    """A figure that repeats one of the sentence before (Occurrence.echoes) with that one's unit and period: "Twelve
    dollars!" after "… twelve dollars an hour" is $12 an hour; a bare answer to a sum asked about, a sum of its kind."""
    echoed = occ.echoes
    if echoed is None:
        return figure
    if figure.kind == "count" and echoed.kind == "money" and not figure.unit:
        return replace(figure, kind="money", unit=echoed.unit, per=figure.per or echoed.per)  # a bare answer (_asked)
    return replace(figure, unit=figure.unit or echoed.unit, per=figure.per or echoed.per)


def _counted_by(near: str, at: int, length: int, known: frozenset[str]) -> frozenset[str]:
    """The bodies whose own people a count counts: one named right after its noun by a word of belonging ("1,300
    labellers working for Verdan Labs", "600 workers at Lemur Data"), or named before it after one ("Bij Remotasks
    werken 600 klikwerkers"), with a possessive ("Remotasks' 500 click workers") or with a word of possessing between
    ("TaskLantern says it has 240,000 taskers", "Taskvlot zegt zelf 1,3 miljoen werkers te hebben"); no place."""
    if at < 0:
        return frozenset()
    end = at + length
    found = set()
    lo = max(0, at - BODY_CHARS)
    for start, stop, name in names_in(near[lo:end + BODY_CHARS], known=known):
        start, stop = start + lo, stop + lo
        if places_in(name):
            continue
        if start >= end:
            between = [fold(w) for w in _WORD.findall(near, end, start)]
            if len(between) <= BELONGING_AT and not _BELONGING.isdisjoint(between[-2:]):
                found.add(name)
        elif stop <= at:
            # (or after the count in its clause, as Dutch puts the verb last: "dat … 9.000 labelaars aan het werk heeft")
            clause_end = _CLAUSE_BREAK.search(near, end, end + BODY_CHARS)
            before = _WORD.findall(near, stop, at)
            between = [fold(w) for w in (*before, *_WORD.findall(
                near, end, clause_end.start() if clause_end else min(len(near), end + BODY_CHARS)))]
            # (a name's span may hold the word opening its sentence: "Bij Remotasks" is read as "remotasks")
            opened = [fold(w) for w in _WORD.findall(near, max(0, start - BELONGING_CHARS), stop)][-3:-1]
            if not _POSSESSING.isdisjoint(between) or (len(before) <= BELONGING_AT and (
                    not _BELONGING.isdisjoint(opened) or _POSSESSIVE.match(near, stop))):
                found.add(name)
    return frozenset(found)


_POSSESSIVE = re.compile(r"(?:['’]s?)\s")  # "Remotasks' 500", "Sama's 400"
BELONGING_CHARS = 12  # characters before a body its word of belonging stands within ("Bij Remotasks", "At Sama")
_BELONGING = frozenset(fold(w) for language in LANGUAGES.values() for w in language.belonging_words)
_POSSESSING = frozenset(fold(w) for language in LANGUAGES.values() for w in language.possessing_words)
BODY_CHARS = 60  # characters around a count its body is looked for within
BELONGING_AT = 5  # words between a count and the body it belongs to ("contract data labellers working for")


def _commented_names(near: str, at: int, known: frozenset[str]) -> frozenset[str]:
    """The names only a doubting comment after the figure gives (", which I think is just Adobe's number", ", which Adobe
    never confirmed"), when the figure's clause has who says it before it: a name the comment only suspects or denies
    is the figure's source is none of it."""
    # (bounded reaches around the figure: a sentence of many figures stays linear)
    if at < 0 or not (said := attributed_in(near[max(0, at - COMMENT_CHARS):at], known=known)):
        return frozenset()
    comment = _COMMENT.search(near, at, at + COMMENT_CHARS)
    if comment is None:
        return frozenset()
    said_in = near[comment.start():comment.start() + COMMENT_CHARS]
    if _DOUBTING.isdisjoint(fold(w) for w in _WORD.findall(said_in)):
        return frozenset()  # a comment that gives its source or its subject ("…, because Adobe found it") names them
    before = organisations_in(near[max(0, at - COMMENT_CHARS):comment.start()], known=known) | said
    return frozenset(n for n in organisations_in(said_in, known=known) if not overlapping_names(frozenset((n,)), before))


COMMENT_CHARS = 160  # characters before a figure its sayer, and after it its comment, are read within


_DOUBTING = frozenset(fold(w) for language in LANGUAGES.values() for w in (*language.hedge_words,
                                                                            *language.clause_negations))
_COMMENT = re.compile(r",\s+(?:{})\b".format("|".join(sorted({re.escape(fold(w)) for language in LANGUAGES.values() for w in (
    *language.name_relatives, *language.clause_breaks) if w not in language.complementisers}))), re.IGNORECASE)


def _strict(occ: Occurrence) -> bool:
    """Whether the qualifier right before a bound excludes its value: "more than", "fewer than", "minder dan"; the
    longest qualifier there decides ("no more than", "niet minder dan" include it)."""
    return _qualified_by(occ, _STRICT)


def _qualified_by(occ: Occurrence, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether the longest qualifier right before the figure is one of `phrases`."""
    words = tuple(fold(m.group()) for m in _WORD.finditer(occ.masked, max(0, occ.span[0] - STRICT_CHARS), occ.span[0]))
    longest = next((p for p in _QUALIFIERS_BY_LAST.get(words[-1], ()) if words[-len(p):] == p), ()) if words else ()
    return longest in phrases


_STRICT = frozenset(tuple(fold(w) for w in p) for language in LANGUAGES.values() for p in language.strict_qualifiers)
_BELOW = frozenset(tuple(fold(w) for w in p) for language in LANGUAGES.values() for p in language.below_qualifiers)
STRICT_CHARS = 24  # characters before a figure its qualifier stands within ("greater than")


def with_denied_bound(figure: Figure, ctx: Context) -> Figure:
    """A bound its clause denies as the other bound: "Congo produceert niet ruim 60 procent" is at most 60 percent,
    "they were not paid less than $2" at least $2."""
    if not ctx.denied or figure.qualifier not in _OTHER_BOUND:
        return figure
    return replace(figure, qualifier=_OTHER_BOUND[figure.qualifier])


_OTHER_BOUND = {"min": "max", "max": "min"}


def with_period_before(figure: Figure, occ: Occurrence) -> Figure:
    """A count or sum whose clause says its period before it ("Per week kregen ze zo'n 150 tekstfragmenten",
    "Every day, moderators read 150 passages") with that period."""
    if figure.per is not None or figure.kind not in ("count", "money"):
        return figure
    # Only one that opens the sentence before the figure: "paid per hour read 150 passages" is another verb's.
    # (Within its opening characters: a sentence of masked figures has no words to find before its last one.)
    words = [fold(m.group()) for m in itertools.islice(_WORD.finditer(
        occ.masked, 0, min(occ.span[0], PERIOD_OPENING_CHARS)), 2)]
    if len(words) == 2 and words[0] in _PERIOD_LEADS and words[1] in _PERIODS:
        return replace(figure, per=_PERIODS[words[1]])
    if figure.kind == "money" and (unit := _pay_period(occ)):
        return replace(figure, per=unit)
    if figure.kind == "count" and lexical.names_people(figure.unit or ""):
        return figure  # "the daily lives of 2 million people": people are not counted per day
    # "weekly quotas of 150 passages", "an hourly wage of less than $2", "een wekelijks quotum van 150": a period naming
    # the noun the figure is of, within its phrase (no clause's end between), is the figure's period.
    start = occ.span[0]
    phrase = occ.masked[max(0, start - PERIOD_NOUN_CHARS):start]
    phrase = phrase[max((phrase.rfind(c) for c in _PHRASE_ENDS), default=-1) + 1:]
    before = [fold(m.group()) for m in _WORD.finditer(phrase)][-PERIOD_NOUN_WORDS:]
    of = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _OF), -1)
    if of > 0 and len(before) - of <= FIGURE_QUALIFIER_WORDS + 1:
        unit = next((_PERIOD_ADVERBS[w] for w in before[max(0, of - 3):of - 1] if w in _PERIOD_ADVERBS), None)
        if unit is not None:
            return replace(figure, per=unit)
    return figure


def with_period_of_work(figure: Figure, occ: Occurrence) -> Figure:
    """A sum said to be paid for a period's work after it ("$1.46 … for a day's work", "1,46 dollar voor een dag
    werk", "a week's wages") with that period."""
    if figure.per is not None or figure.kind != "money":
        return figure
    clause = _WORK_CLAUSE_END.split(occ.after[:WORK_CHARS], 1)[0]
    words = [fold(w) for w in _WORD.findall(clause)]
    for k, word in enumerate(words):
        period = word[:-2] if word.endswith(("'s", "’s")) else word
        if period not in _PERIODS:
            continue
        # An article, a word between at most ("a full day's work", "een hele dag werk"), the period with or without its
        # possessive, "of" at most, then a noun of work or pay; the first period after the sum only ("for each hour of
        # a day's work" is paid by the hour).
        article = next((j for j in (k - 1, k - 2) if j >= 0 and words[j] in _ARTICLE_WORDS), None)
        noun = next((j for j in (k + 1, k + 2) if j < len(words) and words[j] in _WORK_NOUNS
                     and (j == k + 1 or words[k + 1] in _OF)), None)
        return replace(figure, per=_PERIODS[period]) if article is not None and noun is not None else figure
    return figure


WORK_CHARS = 80  # characters after a sum read for the period's work it is paid for
_WORK_CLAUSE_END = re.compile(r"[,;.()\n]")
_ARTICLE_WORDS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.articles)
_WORK_NOUNS = frozenset(fold(w) for language in LANGUAGES.values()
                        for w in (*language.paraphrases.get("work", ()), *language.paraphrases.get("pay", ()))
                        if " " not in w)


def _label_pay_period(label: str) -> str | None:
    """The period a label gives the pay it names, the period's word right before its noun of pay ("Their monthly
    take-home pay"; not "Data labelers' pay, a weekly scandal")."""
    words = [fold(w) for w in _WORD.findall(label)]
    return next((_PAY_PERIODS[w] for k, w in enumerate(words)
                 if w in _PAY_PERIODS and not _PAY_NOUNS.isdisjoint(words[k + 1:k + 1 + LABEL_PAY_WORDS])), None)


LABEL_PAY_WORDS = 3  # words after a label's period its noun of pay stands within ("monthly take-home pay")


def _pay_period(occ: Occurrence) -> str | None:
    """The period of the pay a sum's own clause names before it: "Data labelers' weekly pay can be as little as …", "Het
    uurloon van datawerkers lag rond de …", "een jaarsalaris van …" (not a name's: "Daily Nation"; not of a clause before
    a complementiser: "The weekly magazine found that …")."""
    clause = clause_of(occ.masked, *occ.span, occ.lang)
    words = clause.before
    for k in range(clause.own, len(words)):
        word = words[k]
        if word in _PAY_PERIODS and k not in clause.capitalised and k + 1 < len(words) and words[k + 1] in _PAY_NOUNS \
                and (k + 2 >= len(words) or words[k + 2] not in _PAY_COMPOUND_HEADS):
            return _PAY_PERIODS[word]  # (not "an annual pay rise")
        if word.endswith(_PAY_TAILS):
            unit = next((u for u in _PERIODS if word.startswith(u) and word[len(u):] in _PAY_TAILS), None)
            if unit is not None:
                return _PERIODS[unit]
    return None


_PAY_COMPOUND_HEADS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.pay_compound_heads)
_PAY_NOUNS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.paraphrases.get("pay", ())
                       if " " not in w)
_PAY_TAILS = tuple(fold(w) for language in LANGUAGES.values() for w in language.period_compound_tails)
PERIOD_OPENING_CHARS = 80  # characters of a sentence's opening read for a period said before its figure
PERIOD_NOUN_CHARS = 80  # characters before a figure read for the noun phrase it is "of"
PERIOD_NOUN_WORDS = 6  # its words: a period, up to two nouns, "of" and the figure's qualifier ("less than")
FIGURE_QUALIFIER_WORDS = 2  # words of a qualifier between "of" and the figure: "less than", "up to"
_PHRASE_ENDS = ",;:()[]\"“”—–.!?"
_NOUN_RELATIVES = frozenset(fold(w) for language in LANGUAGES.values() for w in language.noun_relatives)
_PERIOD_ADVERBS = {fold(w): unit for language in LANGUAGES.values() for w, unit in language.period_adverbs.items()}
# Period adverbs and the adjectives that say a pay's period only before its noun ("an annual salary of about €90–100").
_PAY_PERIODS = {**_PERIOD_ADVERBS, **{fold(w): unit for language in LANGUAGES.values()
                                       for w, unit in language.period_adjectives.items()}}
NOUN_PHRASE_WORDS = 8  # words of a counted noun's phrase before the relative clause that describes it
RELATIVE_CHARS = 400  # characters after a count read for that phrase and its relative clause
_OPENER_CLAUSE_END = re.compile(r"[,;:()\[\]\"“”—–]|\s-\s")


def with_period_in_relative(figure: Figure, occ: Occurrence) -> Figure:
    """A count whose noun a relative clause describes with a period ("150 passages about abuse that each moderator was
    handed per week", "150 tekstfragmenten die elke moderator per week kreeg") with that period."""
    if figure.per is not None or figure.kind != "count" or not figure.unit:
        return figure
    start = occ.span[1]
    words = list(itertools.islice(_WORD.finditer(occ.masked, start, start + RELATIVE_CHARS), NOUN_PHRASE_WORDS + 1))
    opener = next((m for m in words if fold(m.group()) in _NOUN_RELATIVES), None)
    if opener is None:
        return figure
    stop = _OPENER_CLAUSE_END.search(occ.masked, opener.end())
    end = stop.start() if stop else len(occ.masked)
    clause = list(_WORD.finditer(occ.masked, opener.end(), end))
    for i, m in enumerate(clause):
        word, reach = fold(m.group()), m.end()
        unit = _PERIOD_ADVERBS.get(word)
        if unit is None and word in _PERIOD_LEADS and i + 1 < len(clause):
            unit, reach = _PERIODS.get(fold(clause[i + 1].group())), clause[i + 1].end()
        if unit is not None:
            # Another figure before it owns the period: "… that they read for under $2 per hour".
            return replace(figure, per=unit) if occ.masked[start:reach] == occ.sentence[start:reach] else figure
    return figure


_RANGE_ENDS = {tuple(fold(w) for w in phrase): bound for language in LANGUAGES.values()
               for phrase, bound in language.range_ends.items()}
RANGE_END_CHARS = 60  # characters read on either side of a figure for a range's end


def as_range_end(figure: Figure, occ: Occurrence) -> Figure:
    """A single value the sentence names as a range's end, in apposition ("The upper bound, 430 million, …", "de
    bovengrens van 400 miljoen", "430 million (the upper end)"), as that bound: "as many as", "at least"."""
    if figure.low != figure.high or figure.qualifier not in ("exact", "approx"):
        return figure
    before_text = _preceding(occ, RANGE_END_CHARS).rstrip()
    before = [fold(w) for w in _WORD.findall(before_text)]
    if before and before[-1] in _OF and not before_text.endswith(","):
        before.pop()  # "de bovengrens van 400 miljoen", "the upper bound of 430 million"
    after_text = occ.after.lstrip()
    after = [fold(w) for w in _WORD.findall(after_text[:RANGE_END_CHARS])] if after_text[:1] in ",(" else []
    if after and after[0] in NAME_WORDS.determiners:
        after.pop(0)
    for size in (1, 2):
        bound = _RANGE_ENDS.get(tuple(before[-size:])) if len(before) >= size else None
        bound = bound or (_RANGE_ENDS.get(tuple(after[:size])) if len(after) >= size else None)
        if bound:
            return replace(figure, qualifier=bound)
    return figure


def with_headers(figure: Figure, occ: Occurrence) -> Figure:
    """The figure with what its table headers add: a currency, a scale, a period ("Hourly pay (US$)",
    "People (millions)"), and the other end of a range written in a row's Low and High columns."""
    where = occ.where
    if where.kind != "table_cell":
        # A label before a figure standing alone says it as a header does: "Tekstfragmenten per week: 150".
        label = _value_label(occ)
        if label and _stands_after_label(occ):
            return _apply(figure, label, occ.lang)
        if label and figure.per is None and figure.kind == "money" and (per := _label_pay_period(label)):
            return replace(figure, per=per)  # "Their monthly take-home pay: as little as $1.46 after tax for …"
        if where.kind == "list_item" and where.lead and _word_count(where.lead) <= CAPTION_WORDS and \
                figure.per is None and figure.kind == "money" and (per := _label_pay_period(where.lead)):
            # "## Daily pay of data labelers" over "1. Lowest: $1.46 after tax": the list's lead-in says the period
            # of the pay its items give, as a column header does.
            return replace(figure, per=per)
        return figure
    column = where.column_header
    if where.row and not _HOLDS_NUMBER.search(_YEAR.sub("", where.row[0])) and not any(
            _header_terms(column, occ.lang)) and not _percent_header(column, occ.lang):
        # A column header that says no unit leaves the table's own to the first column's ("Estimate (millions)"),
        # when that column labels the rows: one that holds figures has a unit of its own.
        column = f"{column} {where.stub_header}".strip()
    # (a row headed by a paper's or a speaker's name says who reported the figure, not its measure: "| Daily Lantern |";
    # not a row saying what was reported under "| From the article |": "| Daily pay, Kenyan moderators |")
    named = where.kind == "table_cell" and _only_names_reporters(where.stub_header) and \
        all(w[:1].isupper() for w in _WORD.findall(where.row_header))
    figure = with_headers_plain(figure, column, "" if named else where.row_header, occ.lang)
    for label in _row_labels(where):
        # "| Madagaskar | maandloon fulltime datawerker (euro) | 90–100 |": a label cell says it as a header does.
        figure = _apply(figure, label, occ.lang)
    return _low_high(_captioned(figure, where.caption, occ.lang), occ)


def _captioned(figure: Figure, caption: str, lang: str) -> Figure:
    """A table cell's figure with what its caption's brackets say ("**Estimated size of the global data-work force
    (millions of people)**" over the table): a unit, currency or scale for every cell, as a header's is."""
    if _word_count(caption) > CAPTION_WORDS:
        return figure  # a paragraph of prose before a table is no caption: its brackets say other things
    for note in _PAREN.finditer(caption):
        if not any(c.isdigit() for c in note.group(1)) or _multiplier(note.group(0)):
            figure = _apply(figure, note.group(0), lang)
    return figure


CAPTION_WORDS = 20  # words of a table's caption at the most


def with_headers_plain(figure: Figure, column: str, row: str, lang: str) -> Figure:
    """A figure under a column header and beside a row header, with what they say of it."""
    for header in (column, row):
        if header:
            figure = _apply(figure, header, lang)
    return figure


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")  # a year in a row's label ("People doing AI data work in 2023") is no figure
_HOLDS_NUMBER = re.compile(r"\d")


def _apply(figure: Figure, header: str, lang: str) -> Figure:
    if figure.kind == "percent":
        return figure
    currency, scale, per = _header_terms(header, lang)
    changes: dict[str, object] = {}
    if figure.kind == "count" and figure.unit is None and _percent_header(header, lang):
        if not _CHANGE_WORDS.isdisjoint(fold(w) for w in _WORD.findall(header)):
            return figure  # "Growth of world cobalt output (%)": changes, no shares
        return replace(figure, kind="percent", unit="%")  # "Share of world output (%)": the cells are shares
    if currency and (figure.kind == "count" and figure.unit is None or figure.kind == "money" and figure.unit is None):
        changes.update(kind="money", unit=currency)
    if scale and figure.high < scale and figure.step < scale:
        changes.update(low=figure.low * scale, high=figure.high * scale, step=figure.step * scale)
    elif (times := _multiplier(header)) and figure.step < times:
        # "(x 1.000)": every figure written in its digits is so many thousands ("meer dan 2.000" is 2 million).
        changes.update(low=figure.low * times, high=figure.high * times, step=figure.step * times)
    if per and figure.per is None:
        changes.update(per=per)  # a sum's rate, or a count per period ("Text passages read per week | 150")
    return replace(figure, **changes) if changes else figure  # type: ignore[arg-type]


_PERCENT_SIGN = re.compile(r"\(\s*%\s*\)|\bin\s+%")


@functools.lru_cache(maxsize=256)
def _percent_header(header: str, lang: str) -> bool:
    """Whether a header makes its cells percentages: "(%)", "in %", "(percent)", "(procent)"."""
    if _PERCENT_SIGN.search(header):
        return True
    words = {p[0] for p in lexicon(lang).percent_phrases if len(p) == 1}
    return any(w.lower() in words for inner in _PAREN.findall(header) for w in re.findall(r"[^\W\d_]+", inner))


@functools.lru_cache(maxsize=256)
def _header_terms(header: str, lang: str) -> tuple[str | None, float | None, str | None]:
    """A header's currency, scale and period, read once for every figure under it."""
    return currency_in(header, lang), scale_in(header, lang), period_in(header)


def currency_in(text: str, lang: str) -> str | None:
    """The currency a header names: a sign ("(€)", "US$"), an ISO code or a currency word ("in euros")."""
    for prefix, code in DOLLAR_PREFIXES.items():
        if f"{prefix}$" in text:
            return code
    for sign, code in SYMBOLS.items():
        if sign in text:
            return code
    for word in re.findall(r"[^\W\d_]+", text):
        if word in CODES:
            return word
        found = lexicon(lang).currency_words.get(word.lower())
        if found:
            return found
    return None


def scale_in(text: str, lang: str) -> float | None:
    """The scale a header gives its figures: "(millions)", "in thousands", "(mln)"."""
    lex = lexicon(lang)
    for inner in [m.group(1) for m in _PAREN.finditer(text)] + [text]:
        for word in re.findall(r"[^\W\d_]+", inner.lower()):
            for table in (lex.plural_scales, lex.scales):
                if word in table and table[word] >= 1000:
                    return float(table[word])
            if inner is not text and len(word) > 1 and lex.scale_suffixes.get(word, 0) >= 1000:
                return float(lex.scale_suffixes[word])
    return None


def _multiplier(header: str) -> float | None:
    """What a header's multiplier note multiplies its figures by: "(x 1.000)", "(× 1,000,000)"."""
    times = _TIMES.search(header)
    return float(re.sub(r"\D", "", times.group(1))) if times is not None else None


_TIMES = re.compile(r"\(\s*[x×]\s*(1(?:[.,  ]?000)+)\s*\)")  # "(x 1.000)", "(× 1,000,000)": a multiplier


def period_in(text: str) -> str | None:
    """The period a phrase names: "monthly", "per hour", "a month", "per maand", "(€/month)"."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    for language in LANGUAGES.values():
        for i, w in enumerate(words):
            if w in language.period_adverbs:
                return language.period_adverbs[w]
            if w in language.period_units and (
                    (i and words[i - 1] in language.period_leads) or re.search(rf"/\s*{re.escape(w)}\b", text.lower())):
                return language.period_units[w]
            if w.endswith(language.period_compound_tails):
                unit = next((u for u in language.period_units if w.startswith(u) and w[len(u):] in
                             language.period_compound_tails), None)
                if unit is not None:
                    return language.period_units[unit]  # "maandloon fulltime datawerker"
    return None


_LOW = frozenset(fold(w) for language in LANGUAGES.values() for w in language.low_words)
_HIGH = frozenset(fold(w) for language in LANGUAGES.values() for w in language.high_words)


@functools.lru_cache(maxsize=256)
def _header_end(header: str) -> str:
    """"low" or "high" when a column header names a range's end ("Low", "Maximum"), else ""."""
    words = {fold(w) for w in re.findall(r"[^\W\d_]+", header)}
    return "low" if words & _LOW else "high" if words & _HIGH else ""


def _low_high(figure: Figure, occ: Occurrence) -> Figure:
    """A row's Low and High cells read as one range, on either cell (of a wide row, near each other)."""
    where = occ.where
    if figure.is_range or not where.columns:
        return figure
    mine = _header_end(where.column_header)
    if not mine:
        return figure
    other = "high" if mine == "low" else "low"
    for k in where.nearby():
        header = where.columns[k] if k < len(where.columns) else ""
        if k != where.column and _header_end(header) == other:
            found = extract(where.row[k], occ.lang)
            if len(found) != 1:
                return figure
            end = _captioned(with_headers_plain(found[0], header, where.row_header, occ.lang), where.caption, occ.lang)
            if end.kind != figure.kind or end.unit != figure.unit:
                return figure
            low, high = (figure, end) if mine == "low" else (end, figure)
            if low.low > high.high:
                return figure
            return replace(figure, low=low.low, high=high.high, step=min(low.step, high.step))
    return figure


OWN_WORDS = 3  # content words the text between a figure's neighbours needs to speak for it alone


def _part_of_them(occ: Occurrence) -> bool:
    """Whether the figure counts a part of a group named before it ("and at least 10,000 of them have worked on
    Remotasks"): its own subject, not the sentence's."""
    words = [fold(w) for w in _WORD.findall(occ.after[:PARTITIVE_CHARS])[:2]]
    return len(words) == 2 and words[0] in _OF and words[1] in _PARTITIVE_PRONOUNS


PARTITIVE_CHARS = 24  # characters after a figure read for "of them", "van hen"


def _own_phrase(occ: Occurrence) -> str | None:
    """The figure's own phrase in its sentence, between the commas nearest it (read within OWN_PHRASE_CHARS of it);
    None when no comma stands before it there."""
    start, end = occ.span
    comma = occ.masked.rfind(",", max(0, start - OWN_PHRASE_CHARS), start)
    if comma < 0:
        return None
    after = occ.masked.find(",", end, end + OWN_PHRASE_CHARS)
    return occ.masked[comma + 1:start] + " " + occ.masked[end:after if after >= 0 else end + OWN_PHRASE_CHARS]


OWN_PHRASE_CHARS = 200


def _priced(text: str, at: int) -> bool:
    """Whether a preposition of price stands right before the figure at `at`, its qualifiers between ("for less than",
    "voor minder dan", "at about")."""
    words = [fold(w) for w in _WORD.findall(text, max(0, at - PRICE_CHARS), max(0, at))]
    while words and words[-1] in _QUALIFYING:
        words.pop()
    return bool(words) and words[-1] in _PRICE_PREPOSITIONS


PRICE_CHARS = 40  # characters before a sum read for its preposition of price
_BREAKS = re.compile(r"[;:.!?]\s")  # a clause of its own between two figures: "150 a day; the canteen sold …"
_PRICE_PREPOSITIONS = frozenset(fold(w) for language in LANGUAGES.values() for w in language.price_prepositions)
_QUALIFYING = frozenset(fold(w) for language in LANGUAGES.values() for phrase in language.qualifiers
                        for w in (phrase if isinstance(phrase, tuple) else (phrase,))) - _PRICE_PREPOSITIONS


@functools.lru_cache(maxsize=256)
def _word_count(text: str) -> int:
    return len(lexical.words(text))


def _pool(texts: list[str], known: frozenset[str], headings: tuple[str, ...] = ()) -> frozenset[str]:
    """The keys of texts' words, their places' ("#KE") and their names' ("@name:casilli"). A heading's bodies' names
    keep their words: a heading names what the text is about ("Response of the Data and Digital Workers' Union")."""
    return frozenset().union(*(_keys_of(text, known, text not in headings) for text in texts))


@functools.lru_cache(maxsize=256)
def _keys_of(text: str, known: frozenset[str], blank: bool = True) -> frozenset[str]:
    """One text's keys: a sentence with several figures, a heading over many, is read once."""
    names = names_in(text, known=known)
    keys = set(lexical.pool([_bodies_blanked(text, names, known) if blank else text]))
    keys |= place_keys(Scope(places_in(text)))
    for _, _, name in names:
        keys |= name_keys(name)
    return frozenset(keys)


def _bodies_blanked(text: str, names: tuple[tuple[int, int, str], ...], known: frozenset[str]) -> str:
    """`text` without the words of the names of bodies the registry does not know ("the Dhaka Shift Workers' Forum"):
    a name's words say what the body is called, not what its figure is about."""
    spans = [(a, b) for a, b, name in names if name not in known and " " in name and
             not BODY_HEADS.isdisjoint(name.split())]
    if not spans:
        return text
    parts, at = [], 0
    for a, b in spans:
        parts.extend((text[at:a], " " * (b - a)))
        at = b
    parts.append(text[at:])
    return "".join(parts)

