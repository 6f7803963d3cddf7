"""English who-said-what: a table of sentences, each with the statement sayso must find (speaker
and content it must contain, kind) or with none at all (negatives)."""

from __future__ import annotations

import pytest

import sayso

# (text, speaker contains, content contains, kind)
POSITIVE = [
    # a subject with a long apposition, a coordinated saying verb, a modal in the content before an inverted cue
    ("Megan Hester, senior associate for education organizing at the Annenberg Institute for School Reform, said "
     "parents still want neighborhood schools.", "Megan Hester", "parents still want", "indirect"),
    ("Cruz exhorted Republicans to vote their conscience and said he was standing on principle.", "Cruz",
     "he was standing on principle", "indirect"),
    ("Its first national television ad could start this week, said Brian Baker, a longtime adviser to the family.",
     "Brian Baker", "could start this week", "indirect"),
    ("Johnson said hackers are taking aim at election officials, and that one recent attempt was successful.",
     "Johnson", "hackers are taking aim", "indirect"),
    # a conjunction before a subject with an apposition
    ("But Megan Hester, senior associate for education organizing at the Annenberg Institute, said parents still "
     "want neighborhood schools.", "Megan Hester", "parents still want", "indirect"),
    # a second verb after a quotation reports for the sentence's subject, not for the words after the quotation
    ('Even China said it was "resolutely opposed" to the test and warned North Korea to refrain from further '
     'actions.', "China", "North Korea to refrain", "reported"),
    # a cue in a fronted adverbial clause leaves the main clause to its own cue
    ("Back when he wrote his book, Mr. McKinley said that he considered debt a last resort.", "McKinley",
     "he considered debt", "indirect"),
    ("When he said the plan would fail, critics laughed.", "he", "the plan would fail", "indirect"),
    # the subject of a cue in an adverbial clause is the clause's own
    ("Republicans called the hearing because they believed the FBI was not being forthcoming.", "they",
     "the FBI was not being forthcoming", "indirect"),
    # a verb in -s after its singular subject; "points" with its particle
    ("The campaign plans to release more records soon.", "The campaign", "to release more records", "reported"),
    ("He points to the record of the administration on trade.", "He", "the record of the administration", "indirect"),
    # any past-tense verb with a "that" clause reports it
    ("The appeals court ruled that Ohio's practices could remove eligible voters.", "The appeals court",
     "Ohio's practices could remove", "indirect"),
    ("Federal investigators have also discovered that attempts to infiltrate the program were made.",
     "Federal investigators", "attempts to infiltrate", "indirect"),
    # a question clause is what was asked, criticized or shown
    ("Clinton questioned what kind of person gets up at 3 a.m. to send angry tweets.", "Clinton",
     "what kind of person", "reported"),
    ("A memorable ad in 2008 questioned whether Obama was prepared to face emergencies.", "ad",
     "whether Obama was prepared", "indirect"),
    # an apposition opened by "including" before a verb group; the object after the verb is no speaker
    ("Proponents, including the United States Conference of Mayors, have urged Congress to leave the program "
     "intact.", "Proponents", "Congress to leave", "reported"),
    # verbs that label report the label
    ('Japan branded North Korea an "outlaw nation in the neighborhood."', "Japan", "outlaw nation", "reported"),
    ("Mr. Schultz likened RT to the BBC.", "Mr. Schultz", "RT to the BBC", "reported"),
    # a party designation in brackets is part of the subject, not a clause boundary
    ("Rep. Gregory W. Meeks (D-N.Y.) said members will help him raise cash.", "Gregory W. Meeks (D-N.Y.)",
     "members will help him", "indirect"),
    # a short adjunct between the verb and the bare clause
    ("Trump said after the convention he would not accept the endorsement.", "Trump", "he would not accept",
     "indirect"),
    ("The governor told reporters on Monday she was leaving.", "The governor", "she was leaving", "indirect"),
    # what someone calls for is reported, without the particle
    ("Fowler is calling for a process to identify a potential successor.", "Fowler", "a process to identify",
     "reported"),
    ("Schiff called on the administration to call out Russia.", "Schiff", "the administration to call out",
     "reported"),
    # a closing verb of assertion other than "said"
    ("Secrecy is not a stranger to her health issues, the former doctor maintains.", "the former doctor",
     "Secrecy is not a stranger", "indirect"),
    # a relative clause on the subject belongs to it
    ("Derek Mitchell, who served as ambassador to Burma, said Clinton reached out to McConnell.",
     "who served as ambassador", "Clinton reached out", "indirect"),
    ("Erin Murphy, a former Clinton aide who accompanied her to Burma, said the trip was more important.",
     "a former Clinton aide who accompanied her", "the trip was more important", "indirect"),
    ("Trump refused to pay an architect who said he was stiffed after he designed a clubhouse.", "who",
     "he was stiffed", "indirect"),
    # a participle reports for the sentence's subject
    ("The New York Times filed a motion, arguing the move was needed to contribute to public debate.",
     "The New York Times", "the move was needed", "indirect"),
    ("The GOP nominee complained about his mic after the debate, even suggesting he may have been sabotaged.",
     "The GOP nominee", "he may have been sabotaged", "indirect"),
    ("Chastened by the analyses, Trump released a revised plan, promising to focus its benefits on workers.",
     "Trump", "to focus its benefits", "reported"),
    # "found" and "shows" report with a bare clause when their subject is evidence
    ("One study found Trump would raise taxes on 8 million Americans.", "One study", "Trump would raise taxes",
     "indirect"),
    # a quotation ending in a question mark keeps the speaker and verb after it
    ("“Who would have believed that we would get 14 million votes?” Trump said, looking out on the crowd.",
     "Trump", "Who would have believed", "direct"),
    # a relative pronoun is the subject of its clause; the clause before is no content
    ("Ted Cruz endorses Trump, who says he is honored.", "who", "he is honored", "indirect"),
    ("The veto angered families of victims, many of whom say the claims are unfounded.", "many of whom",
     "the claims are unfounded", "indirect"),
    # the object of a reporting verb ends before the writer's adjunct
    ("Few people would have described Obama as a climate evangelist when he ran in 2008.", "Few people",
     "Obama as a climate evangelist", "reported"),
    # a quotation inside the bare clause is part of it, not the whole content
    ('Cruz said he was not going to "act like a servile puppy dog" and back Trump.', "Cruz",
     "he was not going to", "indirect"),
    ("“We are not going anywhere,” Mayor John Miller told reporters.", "John Miller", "not going anywhere", "direct"),
    ("The spokesperson said: “The talks have failed.”", "spokesperson", "talks have failed", "direct"),
    ("“It was a mistake,” said Senator Warren.", "Warren", "It was a mistake", "direct"),
    ("\"We will rebuild,\" the governor said on Tuesday.", "governor", "We will rebuild", "direct"),
    ("The New York Post reports that the campaign avoided the emergency room.", "The New York Post",
     "the campaign avoided", "indirect"),
    ("Officials said the fire was under control by Monday evening.", "Officials", "the fire was under control",
     "indirect"),
    ("The union said in a statement that 18,000 jobs would be lost.", "The union", "18,000 jobs would be lost",
     "indirect"),
    ("The bridge will remain closed until Friday, a city spokesman said.", "spokesman", "The bridge will remain closed",
     "indirect"),
    ("According to the Pentagon, more than 1,200 soldiers were deployed.", "the Pentagon",
     "more than 1,200 soldiers were deployed", "according_to"),
    ("More than 300 people were arrested, according to police.", "police", "More than 300 people were arrested",
     "according_to"),
    # what follows the source after a comma is its apposition or the writer's comment
    ("The top 1 percent would see their incomes go up by 19.9 percent, according to the Tax Foundation, more "
     "than twice what it projected for the middle class.", "the Tax Foundation", "The top 1 percent would see",
     "according_to"),
    ("It can be extremely effective in reducing suicide, according to Craig Bryan, head of the National Center, "
     "and other scientists.", "Craig Bryan", "extremely effective in reducing suicide", "according_to"),
    ("Clinton had told police officials that she did not want the escort.", "Clinton",
     "she did not want the escort", "indirect"),
    ("The senator condemned the attack on the embassy in Kabul.", "The senator", "the attack on the embassy",
     "reported"),
    # the subject before its apposition; an adverb after the verb is not a speaker
    ("John Smith, the chief executive of the league, said that the plan would fail.", "John Smith",
     "the plan would fail", "indirect"),
    ("The union leader said forcefully that the strike would go on.", "The union leader",
     "the strike would go on", "indirect"),
    # what someone spoke about
    ("The senator talked about his plans for the state.", "The senator", "his plans for the state", "reported"),
    # a second report of the sentence stands beside the first; a short object is enough
    ("Kerry said the United States would work with its allies, and he urged North Korea to resume talks.", "he",
     "North Korea to resume talks", "reported"),
    ("Democrats condemned his remarks.", "Democrats", "his remarks", "reported"),
    # a cue noun's possessor speaks, what follows the noun is the content
    ("Analysts doubted North Korea's claims about the potency of its nuclear test.", "North Korea",
     "the potency of its nuclear test", "reported"),
    ("His promises to stick it to the rich notwithstanding, the plan favours the wealthy.", "His",
     "to stick it to the rich", "reported"),
    # what a source knows or expects is attributed to it
    ("Most voters expect the economy to get worse.", "Most voters", "the economy to get worse", "indirect"),
    ("The aides knew the deal would collapse within weeks.", "The aides", "the deal would collapse", "indirect"),
    # what a source wants, plans, seeks, backs or opposes is attributed to it
    ("Clinton wants to make tuition free for most families.", "Clinton", "to make tuition free", "reported"),
    ("The Tax Policy Center plans to release its analysis next week.", "The Tax Policy Center",
     "to release its analysis", "reported"),
    ("Clinton's campaign is seeking to contrast her approach with Trump's.", "Clinton's campaign",
     "to contrast her approach", "reported"),
    ("Others in the community have opposed the resolution.", "Others", "the resolution", "reported"),
    ("Clinton unveiled a list of endorsements from 95 retired generals.", "Clinton", "a list of endorsements",
     "reported"),
    ("Trump is encouraging his supporters to visit polling locations.", "Trump", "his supporters to visit",
     "reported"),
    # a name alone is a whole object of a stance verb
    ("Donald Trump attacked Machado in early-morning tweets.", "Donald Trump", "Machado", "reported"),
    ("The Dallas Morning News backed Clinton this month.", "The Dallas Morning News", "Clinton", "reported"),
    # base forms of verbs that are seldom nouns, after a modal or a plural subject
    ("Republicans would urge the president to veto the bill.", "Republicans", "the president to veto", "reported"),
    ("Most economists reject the tariffs on steel.", "Most economists", "the tariffs on steel", "reported"),
    ('Obama and Clinton call them "lone wolves" and describe their actions as crimes.', "Obama and Clinton",
     "their actions as crimes", "reported"),
    # a coordinated clause with a verb of its own has its own subject; a participle goes with the nearest clause
    ("Republicans said the department mishandled the probe and Democrats accused the GOP of stoking the issue.",
     "Democrats", "the GOP of stoking", "reported"),
    ("McAuliffe has said many people are interested, but he refuses to name them, aside from saying he wants a "
     "diverse delegation.", "he", "he wants a diverse delegation", "indirect"),
    # an infinitive after a verb that is no verb of saying proper is what was said
    ("One Republican threatened to make Kadzik testify in a public setting.", "One Republican",
     "to make Kadzik testify", "indirect"),
    # an adjunct between commas stands between the subject and its verb, and is not the speaker's
    ("Hillary Clinton, at a later press gaggle, said the bombings were an act of terror.", "Hillary Clinton",
     "the bombings were", "indirect"),
    # a relative pronoun with an adverb before the verb is the subject
    ("China and the United States, which together vowed to stave off climate change, signed the deal.", "which",
     "to stave off", "indirect"),
    # verbs of praise, blame and reference report their object as the source's stance
    ("New Jersey Gov. Chris Christie blamed police shootings on implicit bias against minorities.", "Chris Christie",
     "police shootings on implicit bias", "reported"),
    ("The senator hailed the agreement as a breakthrough for the region.", "The senator", "the agreement as a",
     "reported"),
    ("Officials are highlighting the risks of the plan.", "Officials", "the risks of the plan", "reported"),
    # a plan laid out, a person pressed, spending documented: what the source puts forward
    ("Clinton laid out her proposals to increase national service.", "Clinton", "her proposals", "indirect"),
    ("Reporters pressed the governor on the budget.", "Reporters", "the governor on the budget", "reported"),
    # "put it" is a way of saying, before or after what was put
    ("As Ms. Simonyan put it, RT is providing a perspective you won't get elsewhere.", "Ms. Simonyan",
     "RT is providing", "indirect"),
    ("The requirement is a lawful source of income, as a Homeland Security memo put it.", "memo",
     "The requirement is a lawful", "indirect"),
    # ... but a verb in -s after its subject still reports
    ("The film documents how black life has been impacted by racism.", "The film", "how black life", "indirect"),
    # "told" with whom and an infinitive, "agreed" with an infinitive: what was told or agreed
    ("Bentel told his subordinates never to speak of Clinton’s email.", "Bentel", "his subordinates never to speak",
     "indirect"),
    ("Mr. Clarke's new company agreed to clean up the shuttered mines.", "company", "to clean up the shuttered",
     "reported"),
    # what someone speaks out or speaks about is reported
    ("Hillary Clinton spoke out Tuesday about the death of Terence Crutcher.", "Hillary Clinton",
     "the death of Terence Crutcher", "reported"),
    ("He is speaking about the economy in Ohio.", "He", "the economy", "reported"),
    # an age between the name and its verb is an apposition
    ("Schiff, 56, told reporters it is clear that the hacking can be traced to Russia.", "Schiff",
     "it is clear that the hacking", "indirect"),
    # what a source believes in is its stance
    ("Like President Obama, I believe in the good sense of the American people.", "I", "the good sense",
     "indirect"),
    # whom a source agrees with, and what it agrees to, is its stance
    ("Dan McLaughlin at the National Review agreed with Matthews about the winner.", "Dan McLaughlin",
     "Matthews about the winner", "reported"),
    # findings
    ("A new poll shows that Clinton leads by four points.", "A new poll", "Clinton leads", "indirect"),
    ("The study found that smoking kills thousands every year.", "The study", "smoking kills", "indirect"),
    ("The polling average shows Clinton ahead by 3.7 percentage points.", "The polling average", "Clinton ahead",
     "indirect"),
    # a closing cue of announcing reports the clause before it
    ("Pence was the subject of most of the conversation, Twitter announced, gaining followers.", "Twitter",
     "Pence was the subject", "indirect"),
    # "that" before a noun is a demonstrative opening the object; a second verb after "and" or "but" with
    # its auxiliary ends it, and is the same subject's
    ("She declined that assignment and has since left the network.", "She", "that assignment", "reported"),
    ("Clinton has encouraged allies to spend more but has said the alliance is strong.", "Clinton",
     "the alliance is strong", "indirect"),
    # ", but" and a verb with no subject of its own goes on with the content clause
    ("The center says it would depress revenue in the early years, but would eventually add $84 billion.",
     "The center", "but would eventually add", "indirect"),
    # what something was said of is no content: the quotation before is, and a relative clause after a comma is not
    ("“It’s finished for good now,” she said of the election, in which she was sure Trump would triumph.", "she",
     "It’s finished for good now", "direct"),
    # a name after a dash signs the quotation
    ("“Maybe we can build a wall around Donald Trump.”\xa0―\xa0Steve Quinlan.\n\nMore text.", "Steve Quinlan",
     "build a wall", "direct"),
    # ... also when the tokenizer keeps the dash with the closing mark
    ("“Trump must stop portraying Latinos as dangerous gangsters.”― Carla Sanchez.\n\nMore text.", "Carla Sanchez",
     "dangerous gangsters", "direct"),
    # a block quotation introduced by the paragraph before
    ("The New York Times reports:\n\n“Just 24 percent of the contributors gave 200 dollars or less.”",
     "The New York Times", "24 percent", "direct"),
    ("On Monday, the senator told reporters:\n\n“We will not give up this fight.”", "the senator",
     "not give up", "direct"),
]

NEGATIVE = [
    'Burton thinks that cats are "cuties".',  # textacy's negative: no speaker, no statement
    "The train arrived in Boston at eight o'clock.",
    "The exhibition “Art and War” runs until May.",  # a title in quotation marks
    "Critical swing states like Colorado and Nevada matter.",  # "states" as a noun
    "Prices rose by 3% in March.",
    "Police found the body in the river on Monday.",  # "found" reports only with a that-clause
    "The map shows the route of the march.",
    "He spoke to reporters in Ohio.",  # whom he spoke to is not what he said
    "The mayor said to reporters in Ohio that morning.",  # "to" after a verb of saying proper is an adjunct
    "Trump said on Monday.",  # an adjunct alone is no content
    "The senator called for help.",  # too short to be a demand worth reporting
    "The senator called Smith on Monday.",  # a name after a calling verb is whom was called, no stance
    # a saying verb used as a noun or adjective has no subject and no clause
    "Her remarks angered the governor, who left early.",
    "Trump's tweets drew a large audience on Monday night.",
    "The so-called experts were not consulted about the project.",
    "Savings plans are popular with parents.",  # a plural noun before its verb
    "Yet for all the feel-good value of the appointment, some Democrats privately voice reservations.",  # a compound
    "In the wake of the Times report, Trump has portrayed himself as a shrewd manipulator.",
    "Following a swiftly called meeting, the council issued new sanctions.",
    # a cue word in -s after a quantifier or a compound adjective, "points" without its particle, are nouns
    "Clinton led Trump by 5 percentage points among likely voters.",
    # a "that" after a verb outside the cue lists that is a relative pronoun or a demonstrative
    "The company that he founded that year failed.",
    "The bill passed that restricts the use of force.",
    "Young died at a time when some calls into the VA hotline were going to voicemail.",
    "But too many late-night calls still roll over to backup centers.",
    # a participle after a noun is an attribute, not a report; a passive of a crime is none
    "A coalition backed by the West is implicated in the bombing of schools.",
    "Neither Clinton nor her allies have been charged with any crime.",
    "The brand was popular with young voters.",  # the noun of a labelling verb
    "But the candidates' plans don't hold out much hope.",  # a plural possessor before the noun
    "Neither faced any criminal charges that might have arisen from the probe.",  # a quantifier and an adjective
    "The mission ended in 2015, with claims of sexual abuse in the Central African Republic.",  # after a preposition
    "The blame fell on the mayor after the vote.",  # the noun of a verb of blame
    "The welcome was warm and the speeches were short.",
    "The documents were released on Monday.",  # a noun
    "He laid the book on the table.",  # "laid" without "out" lays nothing out
    "He put it on the table and left.",  # "put it" without a clause beside it
    "He told the story to his friends on Monday.",  # "to" before a noun phrase is no infinitive
    "She speaks French and German fluently.",  # "speaks" without its particle
    # a plural noun after a verb or participle is no second verb in -s
    "Both candidates face questions about their health after the event.",
    "The candidates took questions from veterans invited to the forum.",
    "I agree with you.",  # a pronoun alone is no stance worth reporting
    "Leaked documents surfaced online on Monday.",  # a plural noun after a participle, not a verb in -s
    "The released reports ran to hundreds of pages.",
    # a quotation with neither a cue nor a recent speaker names no one to attribute it to
    "“We will never give up this fight, whatever it takes, and we will win.”",
]


def _find(analysis, content):
    return [s for s in analysis.statements if any(content in c.text for c in s.content)]


@pytest.mark.parametrize("text,speaker,content,kind", POSITIVE, ids=[r[0][:40] for r in POSITIVE])
def test_statement_found(text, speaker, content, kind):
    a = sayso.analyze(text, lang="en")
    found = _find(a, content)
    assert found, f"no statement with {content!r}: {[s.to_dict() for s in a.statements]}"
    st = found[0]
    assert st.speaker is not None and speaker in st.speaker.text, st.to_dict()
    assert st.kind == kind, st.to_dict()
    assert a.check_offsets() == []


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:40] for t in NEGATIVE])
def test_no_statement(text):
    a = sayso.analyze(text, lang="en")
    assert a.statements == (), [s.to_dict() for s in a.statements]


# where a content clause ends: (text, content contains, content must not contain)
BOUNDARIES = [
    ("“The states have been hacked, so the question is only whether they will do it,” he said of the prospect of "
     "tampering.", "whether they will do it", "prospect"),
    # a participle after a comma inside a closing quotation mark is the subject's next move
    ("Democrats blasted Oversight for failing to make clear that the immunity was only “partial,” meaning it only "
     "protected them.", "only “partial,”", "meaning"),
    # a second verb with its auxiliary after "but" is the subject's next move; inside a relative clause it is not
    ("The agency signaled willingness to change the law but has been met with opposition.",
     "willingness to change the law", "met with opposition"),
    # a participle after an adverb is the subject's next move
    ("The GOP nominee complained about his mic after the debate, even suggesting he may have been sabotaged.",
     "his mic after the debate", "suggesting"),
    # a relative "that" is no content opener, a complementizer after an adjunct is
    ("Trump mentioned a charity that bears his name.", "a charity that bears", "Trump"),
    ("He said on Monday that prices rose sharply in March.", "that prices rose", "Monday"),
    # an object runs over a coordination, not over the writer's where and when
    ("Clinton unveiled a list of endorsements from 95 retired generals and admirals.", "generals and admirals",
     "Clinton"),
    ("Palmieri called on Trump to stop attacking Machado and apologize.", "and apologize", "Palmieri"),
    ("Donald Trump attacked the former beauty queen in early-morning tweets.", "beauty queen", "tweets"),
    ("Clinton criticized the law as a “crazy system” during a campaign stop in Flint.", "crazy system", "during"),
    ("The council condemned the launch as Pyongyang fired three missiles into the sea.", "the launch", "Pyongyang"),
    # a fronted subordinate clause holds the content; the main clause (subject first) is not said
    ("While the United States stresses that such actions violate international law, the Kremlin describes "
     "the situation differently.", "violate international law", "the Kremlin"),
    ("Although the police said that the suspect had been arrested, they did not release his name.",
     "the suspect had been arrested", "release his name"),
    # negatives: an apposition inside the content, and no fronted clause at all
    ("While the minister insisted that the plan, which critics call reckless, would work, prices kept rising.",
     "which critics call reckless", "prices kept rising"),
    ("The minister said that taxes would be cut to help families.", "to help families", "The minister"),
    # the subject's next move ends the content
    ("Trump said that the military is depleted and says he will expand the armed forces.", "that the military",
     "he will expand"),
    ("Video shows that Crutcher had his hands in the air, contradicting the police's earlier claim.",
     "his hands in the air", "contradicting"),
    # another subject's report after ", and" is not part of the content
    ("Obama emphasized that the reforms were not complete, and rights groups warned that leverage was lost.",
     "the reforms were not complete", "rights groups"),
    ("The experts praised the proposals to help small businesses, which include a large deduction.",
     "the proposals to help", "which include"),
    ("Republicans said the department mishandled the investigation and Democrats accused the GOP of stoking it.",
     "the department mishandled", "Democrats accused"),
    ("Sanders said he wants to attack four provisions that address how losses are deducted.", "he wants to attack",
     "Sanders"),
    # a preposition in -ing goes on with the content; a participle ends it
    ("Clinton said that race still determines too much in America, including how people are treated in schools.",
     "including how people are treated", "Clinton"),
    ("Data from the survey show that women made up 41 percent of the workforce, excluding the military.",
     "excluding the military", "Data"),
    ("Clinton said that race still determines too much in America, adding that schools are unequal.",
     "determines too much", "adding"),
    # an adverbial clause after its main clause is no fronted clause: its content runs past a comma
    ("Republicans called the hearing because they felt the FBI was not forthcoming in its request for a full, "
     "unredacted copy of the report.", "unredacted copy", "Republicans"),
    ("Because they felt the FBI was not forthcoming, Republicans called a hearing.", "the FBI was not forthcoming",
     "Republicans called"),
    # ", but" and a new clause end a content clause; "but also" does not
    ("Critics said that taxes are too high, but many corporations have found ways around them.",
     "taxes are too high", "many corporations"),
    ("Critics said that the rules are not only complicated, but also unfair to small firms.", "unfair to small",
     "Critics"),
    # a concessive clause after a comma is the writer's
    ("North Korea said that the test was its biggest yet, although it may take days to determine its power.",
     "its biggest yet", "although"),
    # an object runs over a list that "and" closes, not over an apposition
    ("She promised to triple the size of AmeriCorps, grow the Peace Corps and create a reserve program.",
     "create a reserve program", "She"),
    ("He wants to protect breaks important to real estate, the bedrock of his business and one of the most "
     "subsidized industries.", "to protect breaks", "bedrock"),
    # "and" before a clause whose own verb is no cue does not open another report
    ("The website noted that both Sanders and Trump were referring to studies that seek to find true rates.",
     "Trump were referring", "The website"),
    # a bare clause after "said" runs over a trailing relative clause; the relative clause alone is no content
    ("Fowler said he expects Clinton to fully recover from her bout with pneumonia, which forced her to leave "
     "early.", "he expects Clinton", "Fowler"),
    # an aside between two dashes lies inside the content, which goes on after it; not an aside with a
    # report of its own, nor one a new clause follows
    ("The Tax Policy Center estimates that the top 1 percent of taxpayers -- those with high incomes -- would face "
     "a tax increase.", "would face a tax increase", "The Tax Policy Center"),
    ("Clinton unveiled a list of endorsements from 95 retired generals and admirals -- most of whom had previously "
     "announced their support -- who cited her years as secretary of State.", "a list of endorsements",
     "most of whom"),
    ("Clinton said that Trump has not paid any taxes ― as was true for the few years his returns were public ― "
     "Trump boasted about it.", "that Trump has not paid", "Trump boasted"),
    # "that" after the object of a verb that reports its object opens a relative clause of the object;
    # after a verb that takes whom and what, it opens what was said
    ("The agency isn't offering the kind of treatment therapies that researchers are finally uncovering.",
     "the kind of treatment therapies that researchers", "The agency"),
    ("He warned the public that the storm was coming.", "that the storm was coming", "the public"),
    # ... the same after a verb with its particle; an addressee after "to" leaves the clause what was said
    ("Trump has railed against the special-interest provisions that pock the tax code.",
     "the special-interest provisions that pock", "Trump"),
    ("He pointed out to the reporters that the plan would fail.", "that the plan would fail", "the reporters"),
    # a quotation that closes with a comma ends the content before "but" and a new subject, as a comma does
    ("Trump is promising lower taxes and “jobs, jobs, jobs,” but he has also intensified the dire warnings.",
     "lower taxes", "he has also intensified"),
    ("Critics said that the rules are “complicated, costly,” but also unfair to small firms.", "unfair to small",
     "Critics"),
    # a colon inside the content goes on with it (what it announces was said too); a semicolon ends it
    ("Mr. McKinley notes that three things are happening at once: home values are rising and interest rates are "
     "low.", "interest rates are low", "Mr. McKinley"),
    ("He suggested a more aggressive way to pay for college: draw on home equity now while you can.",
     "draw on home equity", "He suggested"),
    ("Critics said that the rules are far too complicated; the minister disagreed.", "the rules are far",
     "the minister"),
]


@pytest.mark.parametrize("text,inside,outside", BOUNDARIES, ids=[r[0][:40] for r in BOUNDARIES])
def test_content_boundary(text, inside, outside):
    a = sayso.analyze(text, lang="en")
    found = [s for s in a.statements if any(inside in c.text for c in s.content)]
    assert found, f"no statement with {inside!r}: {[s.to_dict() for s in a.statements]}"
    assert all(outside not in c.text for c in found[0].content), found[0].to_dict()


@pytest.mark.parametrize("text,adverbial", [
    ("On Monday, the senator told reporters that the bill would pass.", "On Monday"),
    ("In Boston, the mayor said the city was ready.", "In Boston"),
])
def test_short_adverbial_before_the_subject_is_not_content(text, adverbial):
    a = sayso.analyze(text, lang="en")
    assert a.statements, "the statement itself must still be found"
    assert all(c.text != adverbial for s in a.statements for c in s.content), [s.to_dict() for s in a.statements]


@pytest.mark.parametrize("text", [
    "“A disaster for everyone involved.” — Critics see it differently.",  # a new clause, not a signature
    "“A disaster for everyone involved.” — and that was only the start.",
])
def test_dash_without_signature_names_no_speaker(text):
    a = sayso.analyze(text, lang="en")
    assert all(s.evidence != "en:quote+dash-name" for s in a.statements), [s.to_dict() for s in a.statements]


@pytest.mark.parametrize("text,outer_speaker,inner", [
    ("Fowler said he believes Clinton will recover.", "Fowler", "he believes"),
    ("The spokeswoman said she believes the talks will resume.", "The spokeswoman", "she believes"),
    ("McAuliffe has said about 20 people have indicated an interest in the seat.", "McAuliffe", "have indicated"),
])
def test_nested_report_is_part_of_the_outer_content(text, outer_speaker, inner):
    # English annotation (PolNeAR) never nests attributions: the inner report is what the outer
    # speaker said, not a statement of its own
    a = sayso.analyze(text, lang="en")
    assert [(s.speaker.text, inner in s.content[0].text) for s in a.statements] == [(outer_speaker, True)], \
        [s.to_dict() for s in a.statements]


@pytest.mark.parametrize("text,spans", [
    # a quotation after its speaker's quoted sentence continues the statement ...
    ("“We have made major contributions,” he said. “We are part of American history.”", 2),
    ("''Their strategy is very clear,'' Michael McFaul, a senior fellow at the Hoover Institution, said. "
     "''Having people like him helps them.''", 2),
    # an interrupted quotation is one statement, whichever side names the speaker
    ('"If you have even a portion of those people displaced," he said, "you now have refugee crises."', 2),
    ('"Subpoenas are not optional," said panel Chairman Rep. Jason Chaffetz. "He is a crucial witness."', 2),
    # ... even after a long apposition in the frame
    ("“Now is the time for all good leaders to come to the aid of their party,” said Don Fowler, who helmed the "
     "DNC from 1995 to 1997, during Bill Clinton’s presidency, and has backed Hillary Clinton since her 2008 bid. "
     "“I think the plan should be developed by 6 o’clock this afternoon.”", 2),
    # ... not across a paragraph
    ("“We have made major contributions,” he said.\n\n“We are part of American history.”", 1),
])
def test_quote_sequence_is_one_statement(text, spans):
    a = sayso.analyze(text, lang="en")
    first = a.statements[0]
    assert len(first.content) == spans, [s.to_dict() for s in a.statements]
    assert all(c.text.startswith(("“", "''", "\"")) for c in first.content)
    assert a.check_offsets() == []


def test_newswire_double_apostrophes_are_quotation_marks():
    from sayso.components.quotes import find_quotes
    text = "''We will win,'' he said. The Clintons' home."
    quotes = find_quotes(text)
    assert [(text[q.start:q.end], text[slice(*q.inner)]) for q in quotes] == [("''We will win,''", "We will win,")]


def test_transcript_turns_are_statements_of_their_labelled_speaker():
    text = ("Partial transcript as follows:\n\n\"WALLACE: Let's start with the debate. After the camp announced it, "
            "we asked.\n\n\"PENCE: Well, look, she thinks this is a show. But this is America.")
    a = sayso.analyze(text, lang="en")
    turns = [s for s in a.statements if s.evidence == "en:speaker-label"]
    assert [(s.speaker.text, s.kind) for s in turns] == [("WALLACE", "direct"), ("PENCE", "direct")]
    assert turns[0].content[-1].text.endswith("we asked")  # the turn runs to the paragraph's end
    assert a.check_offsets() == []


@pytest.mark.parametrize("text", [
    "WASHINGTON: The Senate passed the bill on Friday after a long debate.",  # a dateline
    "Update: The Senate passed the bill on Friday after a long debate.",
])
def test_label_that_is_no_speaker(text):
    a = sayso.analyze(text, lang="en")
    assert all(s.evidence != "en:speaker-label" for s in a.statements), [s.to_dict() for s in a.statements]


@pytest.mark.parametrize("text,speaker,content", [
    # a document's title names who says what before a colon, known name or not
    ("Pat Caddell: Democrat Voters Worried About Hillary Clinton’s Health Issues.\n\nCaddell spoke on Monday.",
     "Pat Caddell", "Democrat Voters Worried"),
    ("Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.\n\nThe poll was taken in May.", "Poll",
     "Wealthy Voters Abandon"),
])
def test_title_label_names_the_speaker(text, speaker, content):
    a = sayso.analyze(text, lang="en")
    assert [(s.speaker.text, content in s.content[0].text) for s in a.statements[:1]] == [(speaker, True)], \
        [s.to_dict() for s in a.statements]


@pytest.mark.parametrize("text", [
    # a label of the headline's kind, or a short rest, is no speaker's
    "The Latest: Trump urges supporters to monitor polling places.\n\nMore text follows here.",
    "Watch: Senate Passes Bill After Long Debate.\n\nMore text follows here.",
    "Breaking: Fire.\n\nMore text follows here.",
])
def test_title_label_that_is_no_speaker(text):
    a = sayso.analyze(text, lang="en")
    assert all(s.evidence != "en:speaker-label" for s in a.statements), [s.to_dict() for s in a.statements]


@pytest.mark.parametrize("text,not_content", [
    ("In 2000, they attacked the USS Cole, killing 17 American sailors.", "killing"),  # a participle
    ("Graham has acknowledged the reality of climate change, which makes him an outlier.", "which makes"),
    ("Polls show a close contest in the state, where 18 electoral votes are up for grabs.", "where 18"),
    # a question clause far from the verb is not its object
    ("Companies report different numbers to agencies to obfuscate exactly how they avoided taxes.", "how they"),
    # the main clause after a fronted clause with a cue is not that cue's content
    ("Back when he wrote his book, Mr. McKinley considered debt a last resort.", "his book, Mr. McKinley"),
])
def test_clause_after_a_comma_is_not_what_was_said(text, not_content):
    a = sayso.analyze(text, lang="en")
    assert all(not c.text.startswith(not_content) for s in a.statements for c in s.content), \
        [s.to_dict() for s in a.statements]


@pytest.mark.parametrize("text,sentences", [
    # a newswire closing mark stays with its sentence; after a space it opens the next quotation
    ("Her statement was ''not in line with our policy.'' The network said it would send her.", 2),
    ("Mrs. Clinton has shied away from an overhaul. ''It's more tinkering at the edges,'' said Alan Cole.", 2),
])
def test_newswire_closing_marks_end_their_sentence(text, sentences):
    from sayso.pipeline import get_nlp
    sents = [s.text for s in get_nlp("en")(text).sents]
    assert len(sents) == sentences and sents[-1].startswith(("The network", "''It's")), sents


# a passive reports its subject (and the complement after the verb), on the authority of the agent
# after "by" if there is one: (text, content spans, speaker or None)
@pytest.mark.parametrize("text,contents,speaker", [
    ("The plan was backed by the West.", ["The plan"], "the West"),
    ("The registration issue was first reported by The Washington Post.", ["The registration issue"],
     "The Washington Post"),
    ("Peacekeepers have sometimes been accused of hurting the civilians they were sent to protect.",
     ["Peacekeepers", "hurting the civilians they were sent to protect"], None),
    ("It was labeled “Mostly True.”", ["It", "“Mostly True.”"], None),
])
def test_passive_reports_its_subject(text, contents, speaker):
    a = sayso.analyze(text, lang="en")
    found = [s for s in a.statements if [c.text for c in s.content] == contents]
    assert found, [s.to_dict() for s in a.statements]
    st = found[0]
    assert (st.speaker.text if st.speaker else None) == speaker, st.to_dict()
    assert a.check_offsets() == []


@pytest.mark.parametrize("text", [
    "He's sought to protect tax breaks important to real estate.",  # 's is "has": an active perfect
    "Who's called for big tax hikes on the rich?",
])
def test_contracted_perfect_is_not_passive(text):
    a = sayso.analyze(text, lang="en")
    assert all(s.evidence != "en:passive-report" for s in a.statements), [s.to_dict() for s in a.statements]


@pytest.mark.parametrize("text,cue", [
    # the verb group before the cue verb belongs to the cue, as PolNeAR marks it
    ("Republicans have also questioned the timing of the deal.", "have also questioned"),
    ("Trump now says the election is rigged.", "now says"),
    ("Clinton has not said whether she would veto the bill.", "has not said"),
    # ... but not a word of the speaker
    ("Rep. Jones said the election is rigged.", "said"),
    # a weekday or the medium right after the verb is part of the cue, a place is not
    ("He said Friday that the plan would fail.", "said Friday"),
    ("“It is over,” the senator said in an interview on Monday.", "said in an interview on Monday"),
    ("“We will win,” he said in a recent interview in Honolulu.", "said in a recent interview"),
    ("She said in Ohio that the plan would fail.", "said"),
    # the dash that signs a quotation is its cue
    ("“Maybe we can build a wall around Donald Trump.”\xa0―\xa0Steve Quinlan.\n\nMore text.", "―"),
])
def test_cue_takes_its_verb_group(text, cue):
    a = sayso.analyze(text, lang="en")
    assert a.statements and a.statements[0].cue.text == cue, [s.to_dict() for s in a.statements]
    assert a.check_offsets() == []


@pytest.mark.parametrize("text,parts", [
    # a saying clause set off by commas splits the content; the part before it is content too
    ("The latest test, North Korea said, was its biggest yet.", ["The latest test", "was its biggest yet"]),
    ("But to prevent problems, he said, local officials should be vigilant.",
     ["But to prevent problems", "local officials should be vigilant"]),
    # the clause after a saying clause that closes the content before it goes on with what was said
    ("Though that transition was seamless, he said, replacing Clinton would be much harder.",
     ["Though that transition was seamless", "replacing Clinton would be much harder"]),
    # not a relative pronoun or a conjunction before the comma: the clause after it alone was said
    ("The park is near the stadium, which, Tompkins said, is usually full of activities.",
     ["is usually full of activities"]),
])
def test_parenthetical_cue_splits_the_content(text, parts):
    a = sayso.analyze(text, lang="en")
    found = [s for s in a.statements if any(parts[-1] in c.text for c in s.content)]
    assert found, [s.to_dict() for s in a.statements]
    assert [c.text for c in found[0].content] == parts, found[0].to_dict()


@pytest.mark.parametrize("text,speaker", [
    # a subject pronoun right before the verb is its subject, whatever clause stands before it
    ("The speech was powerfully emotional as she called for the ratification of the amendment.", "she"),
    ("Even now at 86 she still says the plan would never work.", "she"),
    # ... but not the last part of a coordinated subject
    ("John and I said the plan would never work.", "John and I"),
    # with no subject found, the last name before the verb speaks, with its bracket
    ("Sens. Jeff Merkley (D-Ore.), Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested that the "
     "claims could be grounds for a fraud case.", "Robert Menendez (D-N.J.)"),
    # after a quotation, a subject pronoun after a comma is the subject, not the words before it
    ("“You squeezed employees to the breaking point” to drive up the stock price and your compensation, she said.",
     "she"),
    # a long noun phrase with no verb or clause break in it is the whole subject
    ("The Real Clear Politics average of polls taken over the past two weeks shows Clinton leading Trump by three "
     "points.", "The Real Clear Politics average of polls taken over the past two weeks"),
    ("But a 46-page suicide analysis released by the Department of Veterans Affairs last month reveals how swift "
     "the crisis is.", "a 46-page suicide analysis released by the Department of Veterans Affairs last month"),
    # a relative clause after a preposition has its own subject
    ("It was a federal redistricting lawsuit in which Democrats successfully argued that the map was illegal.",
     "Democrats"),
])
def test_speaker_span(text, speaker):
    a = sayso.analyze(text, lang="en")
    assert a.statements and a.statements[0].speaker.text == speaker, [s.to_dict() for s in a.statements]
    assert a.check_offsets() == []


@pytest.mark.parametrize("text", [
    # a long stretch after a preposition is an adjunct, not the subject
    "In a March 2016 meeting with the editorial board of the Washington Post Trump said that NATO may need to be "
    "diminished.",
    # ... and one with a subordinator holds two clauses
    "The footage of an anguished wife of twenty years pleading for her husband's life came as officials praised the "
    "protests for being peaceful.",
])
def test_long_stretch_is_no_subject(text):
    a = sayso.analyze(text, lang="en")
    assert all(s.speaker is None or len(s.speaker.text.split()) < 8 for s in a.statements), \
        [s.to_dict() for s in a.statements]


@pytest.mark.parametrize("text,parts", [
    # an impression is attributed to no one: the subject and the complement of "seem" are its content
    ("Now Melania seems to have vanished from the campaign trail.",
     ["Melania", "to have vanished from the campaign trail"]),
    ("RT can seem like just another entrant with an agenda.", ["RT", "like just another entrant with an agenda"]),
])
def test_seem_reports_an_impression_without_source(text, parts):
    a = sayso.analyze(text, lang="en")
    found = [s for s in a.statements if s.evidence == "en:seem"]
    assert [([c.text for c in s.content], s.speaker) for s in found] == [(parts, None)], \
        [s.to_dict() for s in a.statements]
    assert a.check_offsets() == []


@pytest.mark.parametrize("text", [
    "It seems that nobody cares about the vote.",  # no subject of its own
    "The ruling makes him seem kinder to the president.",  # a bare infinitive after its object
    "Trump has money and seems to think he is exempt.",  # a second verb of a subject that has one
])
def test_seem_without_its_own_subject(text):
    a = sayso.analyze(text, lang="en")
    assert all(s.evidence != "en:seem" for s in a.statements), [s.to_dict() for s in a.statements]
