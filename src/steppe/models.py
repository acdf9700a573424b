"""Pandera models of every table, generated from ``schemas/*.json``.

Do not edit by hand: run ``python scripts/generate_models.py``. Each model checks the
frame a loader returns: column names and order, dtypes, nullability, vocabularies,
patterns and primary-key uniqueness.

Example:
    >>> from steppe.models import MODELS
    >>> MODELS["countries"].to_schema().columns["country"].nullable
    False
"""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import DateTime, Series


class Sources(pa.DataFrameModel):
    """Sources: Every source a row cites: legal texts, depositary pages, reports, news."""

    source_id: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[a-z0-9][a-z0-9._-]*$', description='Readable, stable id of the source.')
    title: Series[pd.StringDtype] = pa.Field(nullable=False, description='Title of the page or document.')
    publisher: Series[pd.StringDtype] = pa.Field(nullable=False, description='Body or outlet that published it.')
    url: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^https?://\\S+$', description='Address of the page or document.')
    kind: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['legal_text', 'depositary', 'official', 'election_commission', 'specialist', 'academic', 'encyclopedia', 'news', 'database'], dtype_kwargs={'categories': ['legal_text', 'depositary', 'official', 'election_commission', 'specialist', 'academic', 'encyclopedia', 'news', 'database'], 'ordered': False}, description='What sort of source it is; primary sources are legal_text, depositary, official and election_commission.')
    accessed: Series[DateTime] = pa.Field(nullable=False, description='Date the copy that was read was accessed.')
    language: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[a-z]{2}$', description="ISO 639-1 code of the source's language.")
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Which copy was read (e.g. a saved copy in a public repository) and other remarks.')

    class Config:
        name = 'sources'
        strict = True
        ordered = True
        unique = ['source_id']


class Countries(pa.DataFrameModel):
    """Countries: The states covered, with codes for merging with other datasets."""

    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code; the key used by every other table.')
    name: Series[pd.StringDtype] = pa.Field(nullable=False, description='Short English name.')
    iso2: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{2}$', description='ISO 3166-1 alpha-2 code.')
    iso_numeric: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^\\d{3}$', description='ISO 3166-1 numeric code, three digits with leading zeros kept.')
    cow_code: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description='Correlates of War state number (ccode).')
    vdem_id: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description='V-Dem country_id.')
    region: Series[pd.StringDtype] = pa.Field(nullable=False, description='Region the dataset places the state in.')
    is_core: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='True for the five Central Asian states the dataset covers completely.')
    independence_date: Series[DateTime] = pa.Field(nullable=True, description='Date of the act declaring state independence.')
    source_ids: Series[pd.StringDtype] = pa.Field(nullable=False, description="Ids of the rows of `sources` that establish this row, separated by ';'. At least one.")
    locator: Series[pd.StringDtype] = pa.Field(nullable=True, description="Where in the source the fact stands: article, paragraph, page or table row (e.g. 'Art. 42(5)').")
    confidence: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['high', 'medium', 'low'], dtype_kwargs={'categories': ['high', 'medium', 'low'], 'ordered': False}, description='How sure the row is: high (legal text or depositary, or two independent sources agree), medium (one specialist or secondary source), low (sources conflict).')
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Disagreements between sources, which value was chosen and why; other caveats.')

    class Config:
        name = 'countries'
        strict = True
        ordered = True
        unique = ['country']


class Instruments(pa.DataFrameModel):
    """Instruments: Treaties, protocols and soft-law standards tracked by the dataset."""

    instrument: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z0-9]+(-[A-Z0-9]+)*$', description='Short code of the instrument (e.g. UNTOC, OPCAT).')
    name: Series[pd.StringDtype] = pa.Field(nullable=False, description='Full English title.')
    short_name: Series[pd.StringDtype] = pa.Field(nullable=True, description="Common short name (e.g. 'Palermo Convention').")
    kind: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['treaty', 'protocol', 'soft_law'], dtype_kwargs={'categories': ['treaty', 'protocol', 'soft_law'], 'ordered': False}, description='treaty, protocol (to a parent treaty) or soft_law (a standard with no depositary actions).')
    parent: Series[pd.StringDtype] = pa.Field(nullable=True, description='For a protocol, the code of its parent convention.')
    untc_ref: Series[pd.StringDtype] = pa.Field(nullable=True, description="Chapter and number in the UN Treaty Collection (MTDSG), e.g. 'IV-9'.")
    adopted_date: Series[DateTime] = pa.Field(nullable=True, description='Date the text was adopted.')
    opened_for_signature_date: Series[DateTime] = pa.Field(nullable=True, description='Date the instrument was opened for signature.')
    in_force_date: Series[DateTime] = pa.Field(nullable=True, description='Date the instrument entered into force internationally.')
    eif_rule: Series[pd.StringDtype] = pa.Field(nullable=True, str_matches='^(P\\d+[DM]|first-of-month-after-P\\d+D)$', description="When it enters into force for a state that consents after its general entry into force, as an ISO 8601 period after deposit (P30D = on the 30th day, P3M = three months) or 'first-of-month-after-P60D'.")
    url: Series[pd.StringDtype] = pa.Field(nullable=True, description="Address of the depositary's status page or the standard's text.")
    source_ids: Series[pd.StringDtype] = pa.Field(nullable=False, description="Ids of the rows of `sources` that establish this row, separated by ';'. At least one.")
    locator: Series[pd.StringDtype] = pa.Field(nullable=True, description="Where in the source the fact stands: article, paragraph, page or table row (e.g. 'Art. 42(5)').")
    confidence: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['high', 'medium', 'low'], dtype_kwargs={'categories': ['high', 'medium', 'low'], 'ordered': False}, description='How sure the row is: high (legal text or depositary, or two independent sources agree), medium (one specialist or secondary source), low (sources conflict).')
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Disagreements between sources, which value was chosen and why; other caveats.')

    class Config:
        name = 'instruments'
        strict = True
        ordered = True
        unique = ['instrument']


class Policies(pa.DataFrameModel):
    """Reform indicators: One row per indicator of the policy tracker: the question it answers, its ordered levels (see `policy_levels`), what counts as adoption, and whether its spells are curated by hand or derived by the build from other tables."""

    policy_id: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[a-z][a-z0-9_]*$', description='Readable, stable id of the indicator.')
    domain: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['presidency', 'term_limits', 'constitutional_review', 'ombudsman', 'human_rights', 'torture', 'death_penalty', 'treaty', 'trafficking', 'gender', 'anticorruption', 'local_government', 'judiciary', 'public_administration'], dtype_kwargs={'categories': ['presidency', 'term_limits', 'constitutional_review', 'ombudsman', 'human_rights', 'torture', 'death_penalty', 'treaty', 'trafficking', 'gender', 'anticorruption', 'local_government', 'judiciary', 'public_administration'], 'ordered': False}, description='Policy domain of the indicator.')
    question: Series[pd.StringDtype] = pa.Field(nullable=False, description='The question the indicator answers, in plain words.')
    levels: Series[pd.StringDtype] = pa.Field(nullable=False, description="The indicator's levels from lowest to highest, separated by ';' (labels and coding rules in `policy_levels`). Every indicator may also be coded `unknown` for a period that could not be established.")
    adoption_level: Series[pd.StringDtype] = pa.Field(nullable=False, description='The lowest level that counts as adopting the reform (for adoption dates and diffusion analysis).')
    source_kind: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['curated', 'derived'], dtype_kwargs={'categories': ['curated', 'derived'], 'ordered': False}, description='curated (spells researched and entered by hand in policy_spells.csv) or derived (spells computed by the build from the table named in derived_from).')
    derived_from: Series[pd.StringDtype] = pa.Field(nullable=True, description='For derived indicators, the curated table(s) the build computes the spells from.')
    instrument: Series[pd.StringDtype] = pa.Field(nullable=True, description='The related treaty or standard (see `instruments`), where there is one.')
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Scope of the indicator and coding caveats.')

    class Config:
        name = 'policies'
        strict = True
        ordered = True
        unique = ['policy_id']


class PolicyLevels(pa.DataFrameModel):
    """Levels of the reform indicators: The codebook of the policy tracker: one row per indicator and level, with its rank (0 = lowest), a label and the coding rule in plain words."""

    policy_id: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[a-z][a-z0-9_]*$', description='Readable id of the indicator (see `policies`).')
    level: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Za-z][A-Za-z0-9_]*$', description='Code of the level, as used in policy_spells.')
    rank: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Order of the level within its indicator: 0 is the lowest; adoption is reaching the rank of the indicator's adoption_level.")
    label: Series[pd.StringDtype] = pa.Field(nullable=False, description='Short label of the level.')
    rule: Series[pd.StringDtype] = pa.Field(nullable=False, description='When a state is coded at this level, in plain words.')

    class Config:
        name = 'policy_levels'
        strict = True
        ordered = True
        unique = ['policy_id', 'level']


class Events(pa.DataFrameModel):
    """Events: Dated legal acts and constitutional events: constitutions, amendments, referendums, laws, decrees, court decisions."""

    event_id: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}-\\d{4}-\\d{2}-\\d{2}-[a-z0-9-]+$', description='Readable stable id: COUNTRY-YYYY-MM-DD-what.')
    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state (see `countries`).')
    date: Series[DateTime] = pa.Field(nullable=False, description='Date of adoption, signature into law, or vote.')
    date_precision: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['day', 'month', 'year'], dtype_kwargs={'categories': ['day', 'month', 'year'], 'ordered': False}, description='How much of `date` is known: day, month (day set to 01) or year (month and day set to 01).')
    in_force_date: Series[DateTime] = pa.Field(nullable=True, description='Date the act entered into force, where it differs from `date` and is known.')
    kind: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['constitution', 'amendment', 'referendum', 'law', 'decree', 'court_decision', 'resolution', 'election'], dtype_kwargs={'categories': ['constitution', 'amendment', 'referendum', 'law', 'decree', 'court_decision', 'resolution', 'election'], 'ordered': False}, description='What kind of event.')
    domains: Series[pd.StringDtype] = pa.Field(nullable=False, description="Domains the event touches, separated by ';': presidency, term_limits, parliament, constitutional_review, ombudsman, death_penalty, treaty, judiciary, human_rights, torture, trafficking, gender, anticorruption, local_government, public_administration, other.")
    title: Series[pd.StringDtype] = pa.Field(nullable=False, description="Short English title, in the dataset's words.")
    number: Series[pd.StringDtype] = pa.Field(nullable=True, description='Official number of the act, where it has one.')
    adopted_by: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['referendum', 'parliament', 'president', 'court', 'government', 'other'], dtype_kwargs={'categories': ['referendum', 'parliament', 'president', 'court', 'government', 'other'], 'ordered': False}, description='Who adopted it.')
    term_limit_effect: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['extension', 'exemption', 'reset', 'interpretation', 'removal', 'tightening', 'none'], dtype_kwargs={'categories': ['extension', 'exemption', 'reset', 'interpretation', 'removal', 'tightening', 'none'], 'ordered': False}, description='For events that changed presidential term rules, their effect, after the evasion typology of Versteeg et al. (2020): extension, exemption, reset, interpretation, removal, tightening, none. Blank for events that did not touch term rules.')
    summary: Series[pd.StringDtype] = pa.Field(nullable=True, description="What the event did, in the dataset's words.")
    source_ids: Series[pd.StringDtype] = pa.Field(nullable=False, description="Ids of the rows of `sources` that establish this row, separated by ';'. At least one.")
    locator: Series[pd.StringDtype] = pa.Field(nullable=True, description="Where in the source the fact stands: article, paragraph, page or table row (e.g. 'Art. 42(5)').")
    confidence: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['high', 'medium', 'low'], dtype_kwargs={'categories': ['high', 'medium', 'low'], 'ordered': False}, description='How sure the row is: high (legal text or depositary, or two independent sources agree), medium (one specialist or secondary source), low (sources conflict).')
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Disagreements between sources, which value was chosen and why; other caveats.')

    class Config:
        name = 'events'
        strict = True
        ordered = True
        unique = ['event_id']


class Referendums(pa.DataFrameModel):
    """Referendums: The result of each referendum event."""

    event_id: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}-\\d{4}-\\d{2}-\\d{2}-[a-z0-9-]+$', description="The referendum's event (see `events`).")
    question: Series[pd.StringDtype] = pa.Field(nullable=False, description='What was asked, in brief.')
    adopted_event_id: Series[pd.StringDtype] = pa.Field(nullable=True, description='The constitution or amendment the vote adopted, where it is recorded as its own event (see `events`); that event carries the term-limit coding. Blank for votes that adopted no separate text (mandate extensions, questions of principle, amendments recorded on the referendum itself).')
    registered_voters: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description='Voters on the register.')
    ballots_cast: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description='Voters who took part (ballots cast or issued).')
    turnout_pct: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0, le=100, description='Turnout in percent of registered voters.')
    yes_votes: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description='Votes for.')
    no_votes: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description='Votes against.')
    yes_pct: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0, le=100, description='Share of votes for, in percent, on the basis in `yes_pct_basis`.')
    yes_pct_basis: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['valid', 'cast', 'registered'], dtype_kwargs={'categories': ['valid', 'cast', 'registered'], 'ordered': False}, description='Denominator of `yes_pct`: valid votes, ballots cast, or registered voters.')
    source_ids: Series[pd.StringDtype] = pa.Field(nullable=False, description="Ids of the rows of `sources` that establish this row, separated by ';'. At least one.")
    locator: Series[pd.StringDtype] = pa.Field(nullable=True, description="Where in the source the fact stands: article, paragraph, page or table row (e.g. 'Art. 42(5)').")
    confidence: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['high', 'medium', 'low'], dtype_kwargs={'categories': ['high', 'medium', 'low'], 'ordered': False}, description='How sure the row is: high (legal text or depositary, or two independent sources agree), medium (one specialist or secondary source), low (sources conflict).')
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Disagreements between sources, which value was chosen and why; other caveats.')

    class Config:
        name = 'referendums'
        strict = True
        ordered = True
        unique = ['event_id']


class TreatyActions(pa.DataFrameModel):
    """Treaty actions: One row per depositary action of a state on an instrument, with the depositary's date and classification."""

    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state (see `countries`).')
    instrument: Series[pd.StringDtype] = pa.Field(nullable=False, description='Code of the instrument (see `instruments`).')
    action: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['signature', 'ratification', 'accession', 'succession', 'acceptance', 'approval', 'denunciation', 'reservation', 'declaration', 'withdrawal_of_reservation'], dtype_kwargs={'categories': ['signature', 'ratification', 'accession', 'succession', 'acceptance', 'approval', 'denunciation', 'reservation', 'declaration', 'withdrawal_of_reservation'], 'ordered': False}, description="The depositary's classification of the action; a consent the state's own law calls ratification is an accession here when the depositary records it so.")
    date: Series[DateTime] = pa.Field(nullable=False, description='Date of the action as the depositary records it (date of deposit for consent).')
    in_force_date: Series[DateTime] = pa.Field(nullable=True, description="Derived: date the instrument entered into force for the state, from the instrument's entry-into-force rule; blank for actions other than consent.")
    event_id: Series[pd.StringDtype] = pa.Field(nullable=True, description='The domestic act that authorised the action (see `events`), where found.')
    summary: Series[pd.StringDtype] = pa.Field(nullable=True, description='For reservations and declarations: what they say, in brief.')
    source_ids: Series[pd.StringDtype] = pa.Field(nullable=False, description="Ids of the rows of `sources` that establish this row, separated by ';'. At least one.")
    locator: Series[pd.StringDtype] = pa.Field(nullable=True, description="Where in the source the fact stands: article, paragraph, page or table row (e.g. 'Art. 42(5)').")
    confidence: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['high', 'medium', 'low'], dtype_kwargs={'categories': ['high', 'medium', 'low'], 'ordered': False}, description='How sure the row is: high (legal text or depositary, or two independent sources agree), medium (one specialist or secondary source), low (sources conflict).')
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Disagreements between sources, which value was chosen and why; other caveats.')

    class Config:
        name = 'treaty_actions'
        strict = True
        ordered = True
        unique = ['country', 'instrument', 'action', 'date']


class TreatyStatus(pa.DataFrameModel):
    """Treaty status: The status of every core state on every tracked treaty, as of the date of the source that establishes it."""

    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state (see `countries`).')
    instrument: Series[pd.StringDtype] = pa.Field(nullable=False, description='Code of the instrument (see `instruments`).')
    status: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['party', 'signatory', 'none'], dtype_kwargs={'categories': ['party', 'signatory', 'none'], 'ordered': False}, description='party (consent deposited, not denounced), signatory (signed only) or none (no action).')
    as_of: Series[DateTime] = pa.Field(nullable=False, description='Date of the source that establishes the status.')
    source_ids: Series[pd.StringDtype] = pa.Field(nullable=False, description="Ids of the rows of `sources` that establish this row, separated by ';'. At least one.")
    locator: Series[pd.StringDtype] = pa.Field(nullable=True, description="Where in the source the fact stands: article, paragraph, page or table row (e.g. 'Art. 42(5)').")
    confidence: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['high', 'medium', 'low'], dtype_kwargs={'categories': ['high', 'medium', 'low'], 'ordered': False}, description='How sure the row is: high (legal text or depositary, or two independent sources agree), medium (one specialist or secondary source), low (sources conflict).')
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Disagreements between sources, which value was chosen and why; other caveats.')

    class Config:
        name = 'treaty_status'
        strict = True
        ordered = True
        unique = ['country', 'instrument']


class TermLimits(pa.DataFrameModel):
    """Presidential term limits: Spells of the rules on presidential terms; half-open [valid_from, valid_to)."""

    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state (see `countries`).')
    office: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['president'], dtype_kwargs={'categories': ['president'], 'ordered': False}, description='The office the rule governs.')
    valid_from: Series[DateTime] = pa.Field(nullable=False, description='First day the rule held.')
    valid_to: Series[DateTime] = pa.Field(nullable=True, description='Day the next rule took over (exclusive); blank = in force.')
    term_years: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1, description='Length of one term in years; blank where the office had no fixed term.')
    max_terms: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1, description='Most terms one person may hold; blank = no limit.')
    limit_kind: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['consecutive', 'lifetime', 'none', 'no_office'], dtype_kwargs={'categories': ['consecutive', 'lifetime', 'none', 'no_office'], 'ordered': False}, description='consecutive (limit on consecutive terms), lifetime (limit on terms ever held), none (no limit), no_office (the presidency did not exist). Blank = the rule is not known.')
    incumbent_exempt: Series[pd.BooleanDtype] = pa.Field(nullable=True, description="True when the spell's rules exempt a named person (exempt_leader_id) from the general rule: an extended mandate, a personal exemption, or a count reset in that person's favour. Whether the sitting president is exempt on a given day is derived (as_of, country_year): true only while that person holds office. Blank = not known.")
    exemption: Series[pd.StringDtype] = pa.Field(nullable=True, description='Who is exempt and on what ground, in brief.')
    exempt_leader_id: Series[pd.StringDtype] = pa.Field(nullable=True, description='leader_id (see `leaders`) of the tenure whose holder the extension, exemption or reset names; blank when no one is exempt or the rule is not known.')
    event_id: Series[pd.StringDtype] = pa.Field(nullable=True, description='The event that set the rule (see `events`).')
    source_ids: Series[pd.StringDtype] = pa.Field(nullable=False, description="Ids of the rows of `sources` that establish this row, separated by ';'. At least one.")
    locator: Series[pd.StringDtype] = pa.Field(nullable=True, description="Where in the source the fact stands: article, paragraph, page or table row (e.g. 'Art. 42(5)').")
    confidence: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['high', 'medium', 'low'], dtype_kwargs={'categories': ['high', 'medium', 'low'], 'ordered': False}, description='How sure the row is: high (legal text or depositary, or two independent sources agree), medium (one specialist or secondary source), low (sources conflict).')
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Disagreements between sources, which value was chosen and why; other caveats.')

    class Config:
        name = 'term_limits'
        strict = True
        ordered = True
        unique = ['country', 'office', 'valid_from']


class Institutions(pa.DataFrameModel):
    """Institutions: Each incarnation of an ombudsman or national human rights institution, constitutional review body, or torture-prevention mechanism; half-open [established, abolished)."""

    institution_id: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}-[a-z_]+-\\d{4}$', description='Readable stable id: COUNTRY-kind-YYYY.')
    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state (see `countries`).')
    kind: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['ombudsman', 'constitutional_court', 'constitutional_council', 'constitutional_chamber', 'npm'], dtype_kwargs={'categories': ['ombudsman', 'constitutional_court', 'constitutional_council', 'constitutional_chamber', 'npm'], 'ordered': False}, description='What the body is.')
    name: Series[pd.StringDtype] = pa.Field(nullable=False, description='English name.')
    name_original: Series[pd.StringDtype] = pa.Field(nullable=True, description='Name in the original language (Cyrillic or Latin script as used officially).')
    established: Series[DateTime] = pa.Field(nullable=False, description='Date the body legally came into being.')
    established_precision: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['day', 'month', 'year'], dtype_kwargs={'categories': ['day', 'month', 'year'], 'ordered': False}, description='How much of established is known: day, month (day set to 01) or year (month and day set to 01).')
    abolished: Series[DateTime] = pa.Field(nullable=True, description='Date it ceased (exclusive); blank = exists.')
    legal_basis: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['constitution', 'law', 'decree'], dtype_kwargs={'categories': ['constitution', 'law', 'decree'], 'ordered': False}, description='The highest act establishing it.')
    event_id: Series[pd.StringDtype] = pa.Field(nullable=True, description='The establishing event (see `events`), where recorded.')
    source_ids: Series[pd.StringDtype] = pa.Field(nullable=False, description="Ids of the rows of `sources` that establish this row, separated by ';'. At least one.")
    locator: Series[pd.StringDtype] = pa.Field(nullable=True, description="Where in the source the fact stands: article, paragraph, page or table row (e.g. 'Art. 42(5)').")
    confidence: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['high', 'medium', 'low'], dtype_kwargs={'categories': ['high', 'medium', 'low'], 'ordered': False}, description='How sure the row is: high (legal text or depositary, or two independent sources agree), medium (one specialist or secondary source), low (sources conflict).')
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Disagreements between sources, which value was chosen and why; other caveats.')

    class Config:
        name = 'institutions'
        strict = True
        ordered = True
        unique = ['institution_id']


class NhriAccreditations(pa.DataFrameModel):
    """NHRI accreditations: Accreditation decisions of GANHRI (formerly ICC) on national human rights institutions."""

    institution_id: Series[pd.StringDtype] = pa.Field(nullable=False, description='The institution (see `institutions`).')
    decision_date: Series[DateTime] = pa.Field(nullable=False, description='Date of the decision (session of the Sub-Committee on Accreditation).')
    date_precision: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['day', 'month', 'year'], dtype_kwargs={'categories': ['day', 'month', 'year'], 'ordered': False}, description='How much of decision_date is known: day, month (day set to 01) or year (month and day set to 01).')
    status: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['A', 'B', 'C', 'not_accredited', 'none_found'], dtype_kwargs={'categories': ['A', 'B', 'C', 'not_accredited', 'none_found'], 'ordered': False}, description='Accreditation status: A, B, C or not_accredited. none_found: no GANHRI decision was found up to decision_date (the day of the search), an explicit unknown rather than a silent gap.')
    source_ids: Series[pd.StringDtype] = pa.Field(nullable=False, description="Ids of the rows of `sources` that establish this row, separated by ';'. At least one.")
    locator: Series[pd.StringDtype] = pa.Field(nullable=True, description="Where in the source the fact stands: article, paragraph, page or table row (e.g. 'Art. 42(5)').")
    confidence: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['high', 'medium', 'low'], dtype_kwargs={'categories': ['high', 'medium', 'low'], 'ordered': False}, description='How sure the row is: high (legal text or depositary, or two independent sources agree), medium (one specialist or secondary source), low (sources conflict).')
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Disagreements between sources, which value was chosen and why; other caveats.')

    class Config:
        name = 'nhri_accreditations'
        strict = True
        ordered = True
        unique = ['institution_id', 'decision_date']


class DeathPenalty(pa.DataFrameModel):
    """Death penalty: Spells of a state's death-penalty status; half-open [valid_from, valid_to)."""

    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state (see `countries`).')
    valid_from: Series[DateTime] = pa.Field(nullable=False, description='First day of the status.')
    valid_to: Series[DateTime] = pa.Field(nullable=True, description='Day the next status took over (exclusive); blank = in force.')
    status: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['retentionist', 'moratorium', 'abolished_ordinary', 'abolished_all'], dtype_kwargs={'categories': ['retentionist', 'moratorium', 'abolished_ordinary', 'abolished_all'], 'ordered': False}, description='retentionist, moratorium (executions suspended by law or decree), abolished_ordinary (abolished for ordinary crimes), abolished_all.')
    event_id: Series[pd.StringDtype] = pa.Field(nullable=True, description='The event that began the spell (see `events`).')
    source_ids: Series[pd.StringDtype] = pa.Field(nullable=False, description="Ids of the rows of `sources` that establish this row, separated by ';'. At least one.")
    locator: Series[pd.StringDtype] = pa.Field(nullable=True, description="Where in the source the fact stands: article, paragraph, page or table row (e.g. 'Art. 42(5)').")
    confidence: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['high', 'medium', 'low'], dtype_kwargs={'categories': ['high', 'medium', 'low'], 'ordered': False}, description='How sure the row is: high (legal text or depositary, or two independent sources agree), medium (one specialist or secondary source), low (sources conflict).')
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Disagreements between sources, which value was chosen and why; other caveats.')

    class Config:
        name = 'death_penalty'
        strict = True
        ordered = True
        unique = ['country', 'valid_from']


class Leaders(pa.DataFrameModel):
    """Leaders: Presidents and acting presidents: one row per continuous tenure; half-open [start, end)."""

    leader_id: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}-[a-z-]+-\\d{4}$', description='Readable stable id: COUNTRY-surname-YYYY.')
    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state (see `countries`).')
    name: Series[pd.StringDtype] = pa.Field(nullable=False, description='Name in English transliteration.')
    name_original: Series[pd.StringDtype] = pa.Field(nullable=True, description='Name in the original script.')
    start: Series[DateTime] = pa.Field(nullable=False, description='First day in office.')
    end: Series[DateTime] = pa.Field(nullable=True, description='Day the successor took over (exclusive); blank = in office.')
    entry: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['election', 'indirect_election', 'appointment', 'succession', 'acting', 'other'], dtype_kwargs={'categories': ['election', 'indirect_election', 'appointment', 'succession', 'acting', 'other'], 'ordered': False}, description='How the tenure began.')
    exit: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['term_end', 'resignation', 'death', 'ousted', 'in_office', 'other'], dtype_kwargs={'categories': ['term_end', 'resignation', 'death', 'ousted', 'in_office', 'other'], 'ordered': False}, description='How it ended.')
    acting: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='True for an acting or interim head of state.')
    source_ids: Series[pd.StringDtype] = pa.Field(nullable=False, description="Ids of the rows of `sources` that establish this row, separated by ';'. At least one.")
    locator: Series[pd.StringDtype] = pa.Field(nullable=True, description="Where in the source the fact stands: article, paragraph, page or table row (e.g. 'Art. 42(5)').")
    confidence: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['high', 'medium', 'low'], dtype_kwargs={'categories': ['high', 'medium', 'low'], 'ordered': False}, description='How sure the row is: high (legal text or depositary, or two independent sources agree), medium (one specialist or secondary source), low (sources conflict).')
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Disagreements between sources, which value was chosen and why; other caveats.')

    class Config:
        name = 'leaders'
        strict = True
        ordered = True
        unique = ['leader_id']


class Elections(pa.DataFrameModel):
    """Presidential elections: One row per presidential election round: the counts as the central election commission published them (or, for the early 1990s, as the Nohlen handbook gives them), the winner and how the election was observed."""

    event_id: Series[pd.StringDtype] = pa.Field(nullable=False, description="The election round's event (see `events`, kind election).")
    round: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=1, le=2, description='1 for the first (or only) round, 2 for a run-off.')
    kind: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['regular', 'early', 'repeat', 'indirect'], dtype_kwargs={'categories': ['regular', 'early', 'repeat', 'indirect'], 'ordered': False}, description='regular (on schedule), early (before the term ended), repeat (a re-run of a failed or annulled vote), indirect (chosen by a legislature).')
    registered_voters: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description='Voters on the lists.')
    ballots_cast: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description='Voters who took part (ballots issued or cast, as the commission counts them).')
    valid_votes: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description='Valid votes (blank where the commission published none).')
    turnout_pct: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0, le=100, description='Turnout as published: ballots_cast / registered_voters, in percent.')
    candidates: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1, description='Candidates on the ballot.')
    winner: Series[pd.StringDtype] = pa.Field(nullable=True, description='leader_id (see `leaders`) of the tenure of the person elected; blank if no one was elected in this round.')
    winner_votes: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="The winner's votes.")
    winner_pct: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0, le=100, description="The winner's share, on the basis in pct_basis.")
    pct_basis: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['valid', 'cast'], dtype_kwargs={'categories': ['valid', 'cast'], 'ordered': False}, description='What shares are shares of, for this row and its candidates: valid (valid votes) or cast (ballots cast).')
    final: Series[pd.BooleanDtype] = pa.Field(nullable=False, description="The figures are the commission's final count (false: only preliminary figures were found).")
    second_round: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='A second round was needed.')
    observation: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['observed', 'limited', 'assessment', 'not_observed', 'unknown'], dtype_kwargs={'categories': ['observed', 'limited', 'assessment', 'not_observed', 'unknown'], 'ordered': False}, description="OSCE/ODIHR's presence: observed (a full election observation mission), limited (a limited observation mission), assessment (a needs-assessment or expert team only), not_observed (no mission), unknown.")
    source_ids: Series[pd.StringDtype] = pa.Field(nullable=False, description="Ids of the rows of `sources` that establish this row, separated by ';'. At least one.")
    locator: Series[pd.StringDtype] = pa.Field(nullable=True, description="Where in the source the fact stands: article, paragraph, page or table row (e.g. 'Art. 42(5)').")
    confidence: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['high', 'medium', 'low'], dtype_kwargs={'categories': ['high', 'medium', 'low'], 'ordered': False}, description='How sure the row is: high (legal text or depositary, or two independent sources agree), medium (one specialist or secondary source), low (sources conflict).')
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Disagreements between sources, which value was chosen and why; other caveats.')

    class Config:
        name = 'elections'
        strict = True
        ordered = True
        unique = ['event_id']


class ElectionResults(pa.DataFrameModel):
    """Presidential election results by candidate: One row per candidate per election round (and 'against all' where the ballot offered it), with votes and share on the basis of the election row."""

    event_id: Series[pd.StringDtype] = pa.Field(nullable=False, description='The election round (see `elections`).')
    candidate: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[a-z][a-z0-9_-]*$', description="Readable id of the candidate within the round (surname slug; against_all for 'against all').")
    name: Series[pd.StringDtype] = pa.Field(nullable=False, description='Name in English.')
    name_original: Series[pd.StringDtype] = pa.Field(nullable=True, description='Name as the commission published it (Cyrillic).')
    party: Series[pd.StringDtype] = pa.Field(nullable=True, description='Nominating party or body, or self-nominated; blank if unknown.')
    votes: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description='Votes received.')
    pct: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0, le=100, description="Share of the vote on the election row's pct_basis.")
    source_ids: Series[pd.StringDtype] = pa.Field(nullable=True, description="Ids of the rows of `sources` for this candidate's figures, separated by ';' (blank: those of the election row).")
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Disagreements between sources, which value was chosen and why; other caveats.')

    class Config:
        name = 'election_results'
        strict = True
        ordered = True
        unique = ['event_id', 'candidate']


class PolicySpells(pa.DataFrameModel):
    """Spells of the reform indicators: Spells of every indicator's level, half-open [valid_from, valid_to), covering each core state from independence to today without gaps. Curated indicators come from data/curated/policy_spells.csv; derived indicators are computed by the build from the tables they follow from (source_kind)."""

    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state (see `countries`).')
    policy_id: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[a-z][a-z0-9_]*$', description='Readable id of the indicator (see `policies`).')
    valid_from: Series[DateTime] = pa.Field(nullable=False, description='First day the level held.')
    valid_from_precision: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['day', 'month', 'year'], dtype_kwargs={'categories': ['day', 'month', 'year'], 'ordered': False}, description='How much of `valid_from` is known: day, month (day set to 01) or year (month and day set to 01). Derived spells take it from the row that set the level (the act, institution or decision).')
    valid_to: Series[DateTime] = pa.Field(nullable=True, description='Day the next level took over (exclusive); blank = in force.')
    level: Series[pd.StringDtype] = pa.Field(nullable=False, description='The level (see `policy_levels`), or `unknown` for a period that could not be established.')
    value: Series[pd.Float64Dtype] = pa.Field(nullable=True, description='A magnitude where the indicator has one (gender_quota: the minimum share of either sex in percent); blank otherwise.')
    event_id: Series[pd.StringDtype] = pa.Field(nullable=True, description='The act that set the level (see `events`); blank for a level held from independence or unknown. Derived spells name the act behind the term rule, death-penalty status or institution whose start set the level; they leave it blank where a treaty action (see `treaty_actions`), an accreditation decision or a change of president did.')
    source_ids: Series[pd.StringDtype] = pa.Field(nullable=True, description="Ids of the rows of `sources` that establish this spell, separated by ';'. Required on curated spells, except those coded `unknown` (their notes say what was searched). Derived spells carry the sources of the curated row in force where the spell starts (the term-limit or death-penalty spell, the review body, ombudsman or mechanism, the accreditation decision of that day, the state's last treaty action); blank where no row holds the level up (no such body, no treaty action yet).")
    locator: Series[pd.StringDtype] = pa.Field(nullable=True, description="Where in the source the fact stands: article, paragraph, page or table row (e.g. 'Art. 42(5)').")
    confidence: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['high', 'medium', 'low'], dtype_kwargs={'categories': ['high', 'medium', 'low'], 'ordered': False}, description='How sure the row is: high (legal text or depositary, or two independent sources agree), medium (one specialist or secondary source), low (sources conflict). Required on curated spells; derived spells carry the confidence of the row their sources come from, blank where they have none or the level is unknown.')
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Disagreements between sources, which value was chosen and why; other caveats.')
    level_rank: Series[pd.Int64Dtype] = pa.Field(nullable=True, description='Derived: rank of the level within its indicator (see `policy_levels`); blank for `unknown`.')
    source_kind: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['curated', 'derived'], dtype_kwargs={'categories': ['curated', 'derived'], 'ordered': False}, description='Derived: curated (researched by hand) or derived (computed from other tables).')

    class Config:
        name = 'policy_spells'
        strict = True
        ordered = True
        unique = ['country', 'policy_id', 'valid_from']


class Claims(pa.DataFrameModel):
    """Claims: Published claims about reforms, audited against the dataset's sourced events."""

    claim_id: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[a-z0-9][a-z0-9-]*$', description='Readable stable id.')
    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state (see `countries`).')
    claim: Series[pd.StringDtype] = pa.Field(nullable=False, description="The claim, in the dataset's words.")
    event_ids: Series[pd.StringDtype] = pa.Field(nullable=True, description="Events that bear on the verdict, separated by ';'.")
    verdict: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['supported', 'partly_supported', 'not_supported', 'unverified'], dtype_kwargs={'categories': ['supported', 'partly_supported', 'not_supported', 'unverified'], 'ordered': False}, description='supported, partly_supported, not_supported or unverified.')
    source_ids: Series[pd.StringDtype] = pa.Field(nullable=False, description="Ids of the rows of `sources` that establish this row, separated by ';'. At least one.")
    locator: Series[pd.StringDtype] = pa.Field(nullable=True, description="Where in the source the fact stands: article, paragraph, page or table row (e.g. 'Art. 42(5)').")
    confidence: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['high', 'medium', 'low'], dtype_kwargs={'categories': ['high', 'medium', 'low'], 'ordered': False}, description='How sure the row is: high (legal text or depositary, or two independent sources agree), medium (one specialist or secondary source), low (sources conflict).')
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Disagreements between sources, which value was chosen and why; other caveats.')

    class Config:
        name = 'claims'
        strict = True
        ordered = True
        unique = ['claim_id']


class Corrections(pa.DataFrameModel):
    """Corrections: Log of corrections to values published in an earlier release: the old and new value, the reason and the source."""

    correction_id: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[a-z0-9][a-z0-9-]*$', description='Readable stable id of the correction.')
    table: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['countries', 'sources', 'instruments', 'events', 'referendums', 'treaty_actions', 'treaty_status', 'term_limits', 'institutions', 'nhri_accreditations', 'death_penalty', 'leaders', 'claims', 'policies', 'policy_levels', 'policy_spells', 'elections', 'election_results'], dtype_kwargs={'categories': ['countries', 'sources', 'instruments', 'events', 'referendums', 'treaty_actions', 'treaty_status', 'term_limits', 'institutions', 'nhri_accreditations', 'death_penalty', 'leaders', 'claims', 'policies', 'policy_levels', 'policy_spells', 'elections', 'election_results'], 'ordered': False}, description='Table whose released value was corrected.')
    key: Series[pd.StringDtype] = pa.Field(nullable=False, description="Primary-key values of the corrected row as they stand now, in key order, separated by '|'.")
    column: Series[pd.StringDtype] = pa.Field(nullable=False, description='Corrected column.')
    old_value: Series[pd.StringDtype] = pa.Field(nullable=True, description='Value in the earlier release, as written in the CSV files (blank = it was blank).')
    new_value: Series[pd.StringDtype] = pa.Field(nullable=True, description='Corrected value, as written in the CSV files; the build fails if the data no longer holds it.')
    reason: Series[pd.StringDtype] = pa.Field(nullable=False, description='Why the value was corrected, in brief.')
    version: Series[pd.StringDtype] = pa.Field(nullable=True, str_matches='^\\d+\\.\\d+\\.\\d+$', description='Release that first carries the correction; blank = not yet released.')
    source_ids: Series[pd.StringDtype] = pa.Field(nullable=False, description="Ids of the rows of `sources` that establish the corrected value, separated by ';'. At least one.")
    locator: Series[pd.StringDtype] = pa.Field(nullable=True, description="Where in the source the fact stands: article, paragraph, page or table row (e.g. 'Art. 42(5)').")
    confidence: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['high', 'medium', 'low'], dtype_kwargs={'categories': ['high', 'medium', 'low'], 'ordered': False}, description='How sure the corrected value is: high, medium or low (as for every curated row).')
    notes: Series[pd.StringDtype] = pa.Field(nullable=True, description='Other remarks.')

    class Config:
        name = 'corrections'
        strict = True
        ordered = True
        unique = ['correction_id']


class CountryYear(pa.DataFrameModel):
    """Country-year panel: Derived: the rules in force in each core state at 31 December of each year, computed from the curated tables. Never edited by hand."""

    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state (see `countries`).')
    year: Series[pd.Int64Dtype] = pa.Field(nullable=False, description='Calendar year; the state is read at 31 December.')
    president: Series[pd.StringDtype] = pa.Field(nullable=True, description='leader_id of the incumbent at 31 December.')
    last_election: Series[DateTime] = pa.Field(nullable=True, description='Day of the latest presidential election round held at 31 December (see `elections`).')
    last_election_winner_pct: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0, le=100, description="The winner's share in that round, on its pct_basis (see `elections`).")
    last_election_turnout_pct: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0, le=100, description='Turnout in that round.')
    term_years: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description='Length of a presidential term in force.')
    max_terms: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description='Most terms allowed; blank = no limit.')
    limit_kind: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['consecutive', 'lifetime', 'none', 'no_office'], dtype_kwargs={'categories': ['consecutive', 'lifetime', 'none', 'no_office'], 'ordered': False}, description='consecutive, lifetime, none (no limit) or no_office (no presidency); blank = not known.')
    incumbent_exempt: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='A named president is exempt from the limit.')
    constitutional_review: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['court', 'council', 'chamber', 'none'], dtype_kwargs={'categories': ['court', 'council', 'chamber', 'none'], 'ordered': False}, description='Body reviewing constitutionality: court, council, chamber (of the supreme court) or none.')
    ombudsman: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='An ombudsman or national human rights institution exists.')
    nhri_status: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['A', 'B', 'C', 'not_accredited', 'unknown'], dtype_kwargs={'categories': ['A', 'B', 'C', 'not_accredited', 'unknown'], 'ordered': False}, description='Latest GANHRI accreditation of the existing ombudsman: A, B, C, not_accredited (a decision refusing or ending accreditation, or no ombudsman at all), unknown (an ombudsman exists but no decision is recorded).')
    npm: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='A national preventive mechanism against torture exists.')
    death_penalty: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['retentionist', 'moratorium', 'abolished_ordinary', 'abolished_all'], dtype_kwargs={'categories': ['retentionist', 'moratorium', 'abolished_ordinary', 'abolished_all'], 'ordered': False}, description='Death-penalty status.')
    party_CAT: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to CAT deposited on or before 31 December and not denounced.')
    party_CED: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to CED deposited on or before 31 December and not denounced.')
    party_CEDAW: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to CEDAW deposited on or before 31 December and not denounced.')
    party_CEDAW_OP: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to CEDAW-OP deposited on or before 31 December and not denounced.')
    party_CRC: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to CRC deposited on or before 31 December and not denounced.')
    party_CRPD: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to CRPD deposited on or before 31 December and not denounced.')
    party_ICCPR: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to ICCPR deposited on or before 31 December and not denounced.')
    party_ICCPR_OP1: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to ICCPR-OP1 deposited on or before 31 December and not denounced.')
    party_ICCPR_OP2: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to ICCPR-OP2 deposited on or before 31 December and not denounced.')
    party_ICESCR: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to ICESCR deposited on or before 31 December and not denounced.')
    party_OPCAT: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to OPCAT deposited on or before 31 December and not denounced.')
    party_ROME: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to ROME deposited on or before 31 December and not denounced.')
    party_UNCAC: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to UNCAC deposited on or before 31 December and not denounced.')
    party_UNTOC: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to UNTOC deposited on or before 31 December and not denounced.')
    party_UNTOC_FIR: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to UNTOC-FIR deposited on or before 31 December and not denounced.')
    party_UNTOC_SOM: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to UNTOC-SOM deposited on or before 31 December and not denounced.')
    party_UNTOC_TIP: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='Consent to UNTOC-TIP deposited on or before 31 December and not denounced.')
    events_presidency: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Number of events in the year touching the domain 'presidency'.")
    events_term_limits: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Number of events in the year touching the domain 'term_limits'.")
    events_parliament: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Number of events in the year touching the domain 'parliament'.")
    events_constitutional_review: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Number of events in the year touching the domain 'constitutional_review'.")
    events_ombudsman: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Number of events in the year touching the domain 'ombudsman'.")
    events_death_penalty: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Number of events in the year touching the domain 'death_penalty'.")
    events_treaty: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Number of events in the year touching the domain 'treaty'.")
    events_judiciary: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Number of events in the year touching the domain 'judiciary'.")
    events_human_rights: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Number of events in the year touching the domain 'human_rights'.")
    events_torture: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Number of events in the year touching the domain 'torture'.")
    events_trafficking: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Number of events in the year touching the domain 'trafficking'.")
    events_gender: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Number of events in the year touching the domain 'gender'.")
    events_anticorruption: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Number of events in the year touching the domain 'anticorruption'.")
    events_local_government: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Number of events in the year touching the domain 'local_government'.")
    events_public_administration: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Number of events in the year touching the domain 'public_administration'.")
    events_other: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Number of events in the year touching the domain 'other'.")

    class Config:
        name = 'country_year'
        strict = True
        ordered = True
        unique = ['country', 'year']


class PolicyAdoptions(pa.DataFrameModel):
    """Adoption dates of the reform indicators: Derived: per core state and indicator, the first day the indicator reached its adoption level, the act, the state's order among the five and its lag behind the first adopter, and later reversals (the SPID shape)."""

    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state (see `countries`).')
    policy_id: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[a-z][a-z0-9_]*$', description='Readable id of the indicator (see `policies`).')
    adopted: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='The indicator has reached its adoption level at some time.')
    adoption_date: Series[DateTime] = pa.Field(nullable=True, description='First day at or above the adoption level; blank if never.')
    adoption_date_precision: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['day', 'month', 'year'], dtype_kwargs={'categories': ['day', 'month', 'year'], 'ordered': False}, description='How much of `adoption_date` is known: day, month (day set to 01) or year (month and day set to 01); blank if never adopted.')
    adoption_level: Series[pd.StringDtype] = pa.Field(nullable=True, description='The level reached on the adoption date.')
    event_id: Series[pd.StringDtype] = pa.Field(nullable=True, description='The act that brought adoption (see `events`), where recorded.')
    at_independence: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='The level was already reached on the first day of coverage (independence): the adoption date is the start of coverage, not of the reform.')
    after_unknown: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='The spell just before adoption is unknown, so the reform may have been adopted earlier than adoption_date.')
    adoption_order: Series[pd.Int64Dtype] = pa.Field(nullable=True, description='Order of adoption among the core states: 1 + the states that certainly adopted earlier (1 = first). States adopting on the same day share a place, and so do states whose dates cannot be ordered because one is known only to the month or year that contains the other. An adoption after an unknown period (`after_unknown`) is placed by its recorded date, though it may be earlier. Blank if never adopted.')
    lag_days: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="Days after the region's first adopter, counted from that adopter's date as recorded (the 1st of the month or year where only that is known); blank if never adopted.")
    reversals: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description='Later drops below the adoption level.')
    last_reversal_date: Series[DateTime] = pa.Field(nullable=True, description='Day of the latest reversal; blank if none.')
    level_now: Series[pd.StringDtype] = pa.Field(nullable=True, description='The level in force on the day the data is current to.')

    class Config:
        name = 'policy_adoptions'
        strict = True
        ordered = True
        unique = ['country', 'policy_id']


class PolicyYear(pa.DataFrameModel):
    """Indicator-year panel: Derived: every indicator's level at 31 December of each year, in long format (joins country_year on country and year)."""

    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state (see `countries`).')
    year: Series[pd.Int64Dtype] = pa.Field(nullable=False, description='Calendar year; the state is read at 31 December.')
    policy_id: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[a-z][a-z0-9_]*$', description='Readable id of the indicator (see `policies`).')
    level: Series[pd.StringDtype] = pa.Field(nullable=True, description='Level in force at 31 December (`unknown` where not established).')
    level_rank: Series[pd.Int64Dtype] = pa.Field(nullable=True, description='Rank of the level (see `policy_levels`); blank for unknown.')
    value: Series[pd.Float64Dtype] = pa.Field(nullable=True, description="The spell's magnitude where the indicator has one.")
    adopted: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='At or above the adoption level at 31 December; blank when the level is unknown.')
    confidence: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['high', 'medium', 'low'], dtype_kwargs={'categories': ['high', 'medium', 'low'], 'ordered': False}, description='Confidence of the spell in force at 31 December (see `policy_spells`): high, medium or low; blank where the level is unknown or no curated row holds it up.')

    class Config:
        name = 'policy_year'
        strict = True
        ordered = True
        unique = ['country', 'year', 'policy_id']


class AsOf(pa.DataFrameModel):
    """Rules in force on a day: Derived, returned by steppe.as_of: one row per core state and day asked about, with the rules in force that day. Not a file of the release; this schema defines the frame's columns and types."""

    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state (see `countries`).')
    date: Series[DateTime] = pa.Field(nullable=False, description='The day asked about.')
    independent: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='The state was independent on that day. Before independence the institutional columns and treaty flags are blank (not applicable); term rules and the president are given where a Soviet-era presidency is recorded.')
    beyond_coverage: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='The day lies after the day the data is current to: the row shows the last known rules, which may since have changed.')
    uncertain_rules: Series[pd.StringDtype] = pa.Field(nullable=True, description="Rules (term_limits, constitutional_review, ombudsman, nhri_status, npm, death_penalty; separated by ';') whose current spell starts on a date known only to the month or year that contains this day, so the rule before may still have held; blank where every rule's start is certain.")
    term_years: Series[pd.Int64Dtype] = pa.Field(nullable=True, description='Length of a presidential term in force.')
    max_terms: Series[pd.Int64Dtype] = pa.Field(nullable=True, description='Most terms allowed; blank = no limit.')
    limit_kind: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['consecutive', 'lifetime', 'none', 'no_office'], dtype_kwargs={'categories': ['consecutive', 'lifetime', 'none', 'no_office'], 'ordered': False}, description='consecutive, lifetime, none (no limit) or no_office (no presidency); blank = not known.')
    incumbent_exempt: Series[pd.BooleanDtype] = pa.Field(nullable=True, description="The president in office that day is exempt from the limit (the spell's exempt_leader_id holds office); false when the exempt person has left office; blank = not known.")
    constitutional_review: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['court', 'council', 'chamber', 'none'], dtype_kwargs={'categories': ['court', 'council', 'chamber', 'none'], 'ordered': False}, description='Body reviewing constitutionality that day: court, council, chamber (of the supreme court) or none; blank before independence.')
    ombudsman: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='An ombudsman or national human rights institution existed that day; blank before independence.')
    nhri_status: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['A', 'B', 'C', 'not_accredited', 'unknown'], dtype_kwargs={'categories': ['A', 'B', 'C', 'not_accredited', 'unknown'], 'ordered': False}, description='Latest GANHRI accreditation of the existing ombudsman: A, B, C, not_accredited (a decision refusing or ending accreditation, or no ombudsman at all), unknown (an ombudsman exists but no decision is recorded).')
    npm: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='A national preventive mechanism against torture exists.')
    death_penalty: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['retentionist', 'moratorium', 'abolished_ordinary', 'abolished_all'], dtype_kwargs={'categories': ['retentionist', 'moratorium', 'abolished_ordinary', 'abolished_all'], 'ordered': False}, description='Death-penalty status.')
    president: Series[pd.StringDtype] = pa.Field(nullable=True, description='leader_id of the president (or acting president) in office that day.')
    president_name: Series[pd.StringDtype] = pa.Field(nullable=True, description='Name of the president in office that day.')
    last_election: Series[DateTime] = pa.Field(nullable=True, description='Day of the latest presidential election round held on the day (see `elections`).')
    last_election_winner_pct: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0, le=100, description="The winner's share in that round, on its pct_basis (see `elections`).")
    last_election_turnout_pct: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0, le=100, description='Turnout in that round.')
    party_CAT: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to CAT deposited on or before the day and not denounced.')
    party_CED: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to CED deposited on or before the day and not denounced.')
    party_CEDAW: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to CEDAW deposited on or before the day and not denounced.')
    party_CEDAW_OP: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to CEDAW-OP deposited on or before the day and not denounced.')
    party_CRC: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to CRC deposited on or before the day and not denounced.')
    party_CRPD: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to CRPD deposited on or before the day and not denounced.')
    party_ICCPR: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to ICCPR deposited on or before the day and not denounced.')
    party_ICCPR_OP1: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to ICCPR-OP1 deposited on or before the day and not denounced.')
    party_ICCPR_OP2: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to ICCPR-OP2 deposited on or before the day and not denounced.')
    party_ICESCR: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to ICESCR deposited on or before the day and not denounced.')
    party_OPCAT: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to OPCAT deposited on or before the day and not denounced.')
    party_ROME: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to ROME deposited on or before the day and not denounced.')
    party_UNCAC: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to UNCAC deposited on or before the day and not denounced.')
    party_UNTOC: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to UNTOC deposited on or before the day and not denounced.')
    party_UNTOC_FIR: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to UNTOC-FIR deposited on or before the day and not denounced.')
    party_UNTOC_SOM: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to UNTOC-SOM deposited on or before the day and not denounced.')
    party_UNTOC_TIP: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Consent to UNTOC-TIP deposited on or before the day and not denounced.')

    class Config:
        name = 'as_of'
        strict = True
        ordered = True
        unique = ['country', 'date']


class RatificationComparison(pa.DataFrameModel):
    """State × treaty: consent and delay: Returned by steppe.compare.ratifications: one row per state and tracked treaty."""

    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state.')
    instrument: Series[pd.StringDtype] = pa.Field(nullable=False, description='Code of the treaty (see `instruments`).')
    status: Series[pd.CategoricalDtype] = pa.Field(nullable=False, isin=['party', 'signatory', 'none'], dtype_kwargs={'categories': ['party', 'signatory', 'none'], 'ordered': False}, description='party, signatory or none, from the depositary actions.')
    consent_action: Series[pd.StringDtype] = pa.Field(nullable=True, description="The first consent's kind (ratification, accession, succession, acceptance, approval).")
    consent_date: Series[DateTime] = pa.Field(nullable=True, description='Day the first consent was deposited.')
    in_force_date: Series[DateTime] = pa.Field(nullable=True, description='Day the treaty entered into force for the state.')
    signature_date: Series[DateTime] = pa.Field(nullable=True, description='Day of signature, if any.')
    delay_days: Series[pd.Int64Dtype] = pa.Field(nullable=True, description="Days from delay_from's day to the consent.")
    delay_from: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['opened_for_signature', 'adopted', 'independence'], dtype_kwargs={'categories': ['opened_for_signature', 'adopted', 'independence'], 'ordered': False}, description='Start of the delay: opened_for_signature, adopted (no opening day recorded) or independence (the treaty is older than the state).')

    class Config:
        name = 'ratification_comparison'
        strict = True
        ordered = True
        unique = ['country', 'instrument']


class TermLimitComparison(pa.DataFrameModel):
    """Term-limit comparison: Returned by steppe.compare.term_limits: one row per state."""

    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state.')
    extension: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Events coded 'extension' in the evasion typology.")
    exemption: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Events coded 'exemption' in the evasion typology.")
    reset: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Events coded 'reset' in the evasion typology.")
    interpretation: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Events coded 'interpretation' in the evasion typology.")
    removal: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Events coded 'removal' in the evasion typology.")
    tightening: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description="Events coded 'tightening' in the evasion typology.")
    years_binding: Series[pd.Float64Dtype] = pa.Field(nullable=True, description='Years a limit bound the sitting president.')
    years_exempt: Series[pd.Float64Dtype] = pa.Field(nullable=True, description='Years the sitting president was the person exempt from a limit.')
    years_no_limit: Series[pd.Float64Dtype] = pa.Field(nullable=True, description='Years with no limit or no presidency.')
    years_unknown: Series[pd.Float64Dtype] = pa.Field(nullable=True, description='Years whose rule is not known.')
    longest_tenure_years: Series[pd.Float64Dtype] = pa.Field(nullable=True, description='Longest continuous tenure, to the end day.')
    rule_at_end: Series[pd.StringDtype] = pa.Field(nullable=True, description='The rule in force on the end day, in words.')

    class Config:
        name = 'term_limit_comparison'
        strict = True
        ordered = True
        unique = ['country']


class AdoptionComparison(pa.DataFrameModel):
    """Adoption comparison: Returned by steppe.compare.adoptions: one row per state and indicator."""

    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state.')
    policy_id: Series[pd.StringDtype] = pa.Field(nullable=False, description='The indicator (see `policies`).')
    domain: Series[pd.StringDtype] = pa.Field(nullable=True, description='Policy domain of the indicator.')
    adopted: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='The indicator reached its adoption level.')
    adoption_date: Series[DateTime] = pa.Field(nullable=True, description='First day at or above the adoption level.')
    adoption_date_precision: Series[pd.CategoricalDtype] = pa.Field(nullable=True, isin=['day', 'month', 'year'], dtype_kwargs={'categories': ['day', 'month', 'year'], 'ordered': False}, description='How much of `adoption_date` is known: day, month (day set to 01) or year (month and day set to 01); blank if never adopted.')
    adoption_level: Series[pd.StringDtype] = pa.Field(nullable=True, description='Level reached that day.')
    adoption_order: Series[pd.Int64Dtype] = pa.Field(nullable=True, description='Order of adoption among the core states: 1 + the states that certainly adopted earlier (1 = first). States adopting on the same day share a place, and so do states whose dates cannot be ordered because one is known only to the month or year that contains the other. An adoption after an unknown period (`after_unknown`) is placed by its recorded date, though it may be earlier. Blank if never adopted.')
    lag_days: Series[pd.Int64Dtype] = pa.Field(nullable=True, description="Days after the region's first adopter, counted from that adopter's date as recorded (the 1st of the month or year where only that is known); blank if never adopted.")
    lag_years: Series[pd.Float64Dtype] = pa.Field(nullable=True, description='lag_days / 365.25, rounded to 0.1.')
    at_independence: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='Held since independence.')
    after_unknown: Series[pd.BooleanDtype] = pa.Field(nullable=True, description='An unknown period precedes adoption.')
    reversals: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description='Later drops below the adoption level.')
    level_now: Series[pd.StringDtype] = pa.Field(nullable=True, description='Level on the day the data is current to.')
    event_id: Series[pd.StringDtype] = pa.Field(nullable=True, description='The act that brought adoption.')

    class Config:
        name = 'adoption_comparison'
        strict = True
        ordered = True
        unique = ['country', 'policy_id']


class EventHistory(pa.DataFrameModel):
    """Event-history frame: Returned by steppe.compare.event_history: one row per state and year at risk of adopting an indicator (and later years, flagged)."""

    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state.')
    year: Series[pd.Int64Dtype] = pa.Field(nullable=False, description='Calendar year (the level at 31 December).')
    policy_id: Series[pd.StringDtype] = pa.Field(nullable=False, description='The indicator.')
    adopted: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, le=1, description='1 in the year of adoption, else 0.')
    after_adoption: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='A year after adoption (drop it to fit a hazard model).')
    prior_adopters: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description='Other core states that had adopted by the end of the previous year.')
    level: Series[pd.StringDtype] = pa.Field(nullable=True, description='Level at 31 December.')
    level_known: Series[pd.BooleanDtype] = pa.Field(nullable=False, description='The level is not unknown.')

    class Config:
        name = 'event_history'
        strict = True
        ordered = True
        unique = ['country', 'year']


class Innovativeness(pa.DataFrameModel):
    """Innovativeness: Returned by steppe.compare.innovativeness: one row per state."""

    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state.')
    innovativeness: Series[pd.Float64Dtype] = pa.Field(nullable=False, description='Mean standardised adoption order, sign reversed (higher = earlier).')
    indicators: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description='Indicators in the mean.')
    adopted: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description='Indicators the state adopted.')

    class Config:
        name = 'innovativeness'
        strict = True
        ordered = True
        unique = ['country']


class ElectionComparison(pa.DataFrameModel):
    """Election comparison: Returned by steppe.compare.elections: one row per state."""

    country: Series[pd.StringDtype] = pa.Field(nullable=False, str_matches='^[A-Z]{3}$', description='ISO 3166-1 alpha-3 code of the state.')
    elections: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description='Elections (first rounds).')
    early: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description='Early elections.')
    indirect: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description='Elections by a legislature.')
    second_rounds: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description='Run-offs.')
    first: Series[DateTime] = pa.Field(nullable=True, description='Day of the first election.')
    last: Series[DateTime] = pa.Field(nullable=True, description='Day of the latest election.')
    median_winner_pct: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0, le=100, description="Median winner's share, on each round's basis.")
    median_turnout_pct: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0, le=100, description='Median turnout of the popular elections.')
    contested_share: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0, le=1, description='Share of popular elections whose runner-up had more than 10 %.')
    uncontested: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description='Popular elections with a single candidate.')

    class Config:
        name = 'election_comparison'
        strict = True
        ordered = True
        unique = ['country']


class Diffusion(pa.DataFrameModel):
    """Diffusion curve: Returned by steppe.compare.diffusion: for each indicator and year, how many of the five states had adopted it (the S-curve of a diffusion study)."""

    policy_id: Series[pd.StringDtype] = pa.Field(nullable=False, description='The indicator (see `policies`).')
    year: Series[pd.Int64Dtype] = pa.Field(nullable=False, description='Calendar year (levels at 31 December).')
    new_adopters: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description='States whose adoption date (see `policy_adoptions`) falls in the year.')
    cumulative_adopters: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description='States that had adopted by 31 December, reversals included (ever adopted).')
    adopted_now: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description='States at or above the adoption level on 31 December (reversals excluded).')
    known: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description='States whose level on 31 December is known.')
    states: Series[pd.Int64Dtype] = pa.Field(nullable=False, ge=0, description='States in the comparison.')
    share_adopted: Series[pd.Float64Dtype] = pa.Field(nullable=True, ge=0, le=1, description='adopted_now / known, rounded to 0.01; blank where no level is known.')

    class Config:
        name = 'diffusion'
        strict = True
        ordered = True
        unique = ['policy_id', 'year']


MODELS = {
    'sources': Sources,
    'countries': Countries,
    'instruments': Instruments,
    'policies': Policies,
    'policy_levels': PolicyLevels,
    'events': Events,
    'referendums': Referendums,
    'treaty_actions': TreatyActions,
    'treaty_status': TreatyStatus,
    'term_limits': TermLimits,
    'institutions': Institutions,
    'nhri_accreditations': NhriAccreditations,
    'death_penalty': DeathPenalty,
    'leaders': Leaders,
    'elections': Elections,
    'election_results': ElectionResults,
    'policy_spells': PolicySpells,
    'claims': Claims,
    'corrections': Corrections,
    'country_year': CountryYear,
    'policy_adoptions': PolicyAdoptions,
    'policy_year': PolicyYear,
    'as_of': AsOf,
    'ratification_comparison': RatificationComparison,
    'term_limit_comparison': TermLimitComparison,
    'adoption_comparison': AdoptionComparison,
    'event_history': EventHistory,
    'innovativeness': Innovativeness,
    'election_comparison': ElectionComparison,
    'diffusion': Diffusion,
}
