// Generated from src/lib/lint/rules/en.yaml. Do not edit: edit the YAML, then run
// PEERCOURSE_WRITE_RULES=1 npx vitest run tests/unit/lint/rules-generated.test.ts
/** The rule pack in src/lib/lint/rules/en.yaml, as YAML text. */
export const EN_RULES_YAML: string = `# PeerCourse terminology rules, English.
#
# This file is the one place to edit the English rules. After editing, run
#   PEERCOURSE_WRITE_RULES=1 npx vitest run tests/unit/lint/rules-generated.test.ts
# to refresh en.generated.ts, then \`npx vitest run tests/unit/lint\` to check every example.
#
# The linter is opinionated, and says whose opinion it carries: the rights-based usage of
# UNAIDS, WHO, UNFPA, NSWP and sex worker-led organisations. Every rule names its source.
# Research notes behind each rule: docs/terminology.md (rows 1-56).
#
# Fields (see src/lib/lint/README.md for the full description):
#   id          permanent id, "<prefix>/<name>"; prefixes: sw, hiv, drugs, gender, violence, children
#   category    sex-work | hiv | drugs | gender | violence | children
#   severity    error (fails the build) | warning | info
#   avoid       phrases to catch. "(s)" = optional ending; "(a|b)" = one of; "(|s|ed)" = nothing, s or ed.
#               Case, hyphens and apostrophes do not matter ("high-risk" also catches "high risk").
#   prefer      better wording, best first. plural: the same in plural, when adding "s" is wrong.
#   why         completes the sentence "'<the author's words>' ..."
#   source      documents (document, year, url). confidence: V verified, S secondary, K background.
#   self        true: a patient may use the word about themselves in dialogue (<Line speaker="...">).
#   matchCase   true: letter case must match (acronyms, "john").
#   near        only flag when one of these words is within N words.
#   exceptions  longer phrases in which the word is fine.
#   examples    flag: sentences the rule must catch. pass: sentences it must leave alone.
#
# Quoted words, <Term>, <Avoid>, <Law>, "... Act" titles and stigmatising role-play examples are
# never flagged, by any rule.

locale: en
name: PeerCourse English terminology

rules:
  # ---------------------------------------------------------------- 1a. Sex work
  - id: sw/prostitute # row 1
    category: sex-work
    severity: warning
    avoid: [prostitute(s)]
    prefer: [sex worker]
    why: carries moral judgement and does not describe sex work as work
    source:
      - document: UNAIDS Terminology Guidelines
        year: 2015
        url: https://www.unaids.org/en/resources/documents/2015/2015_terminology_guidelines
      - { document: UNFPA One Voice, year: 2013, url: 'https://onevoice.unfpa.org/index.unfpa?method=article&id=63' }
    confidence: V
    self: true
    examples:
      flag: [A prostitute came to the clinic at night., Prostitutes face violence from police.]
      pass:
        - A sex worker came to the clinic at night.
        - The nurse said "prostitute" and the room went quiet.
        - <Line speaker="maya">I'm a prostitute, and I know my rights.</Line>

  - id: sw/prostitution # row 2
    category: sex-work
    severity: warning
    avoid: [prostitution]
    prefer: [sex work, commercial sex, the sale of sexual services]
    plural: [sex work, commercial sex, the sale of sexual services]
    why: carries moral judgement about the work itself
    source:
      - { document: UNFPA One Voice, year: 2013, url: 'https://onevoice.unfpa.org/index.unfpa?method=article&id=63' }
      - document: UNAIDS Editors' Notes
        year: 2006
        url: http://www.scapa-lv.org/Resources/aboutsexwork/articles/UNAIDSrecommendedterminologyforSexWorkRelatedPublications.htm
    confidence: V
    examples:
      flag: [She has earned her living from prostitution for ten years.]
      pass:
        - She has earned her living from sex work for ten years.
        - Germany passed its Prostitution Act in 2001.
        - The <Law>Suppression of Prostitution Act</Law> still applies.

  - id: sw/commercial-sex-worker # row 3
    category: sex-work
    severity: warning
    avoid: [commercial sex worker(s)]
    prefer: [sex worker]
    why: is redundant, and the long form marks older, distancing usage
    source:
      - { document: UNAIDS Terminology Guidelines, year: 2015, url: 'https://www.unaids.org/en/resources/documents/2015/2015_terminology_guidelines' }
    confidence: V
    examples:
      flag: [Commercial sex workers were invited to the meeting.]
      pass: [Sex workers were invited to the meeting., Commercial sex is legal in some countries.]

  - id: sw/commercial-sex-work # row 4
    category: sex-work
    severity: warning
    avoid: [commercial sex work]
    prefer: [sex work]
    why: is redundant, because sex work is already commercial
    source:
      - { document: UNAIDS Editors' Notes, year: 2006 }
    confidence: V
    examples:
      flag: [Commercial sex work is common near the port.]
      pass: [Sex work is common near the port.]

  - id: sw/csw # row 5
    category: sex-work
    severity: info
    matchCase: true
    avoid: [CSW(s)]
    prefer: [sex worker]
    why: turns people into a category; spell it out in learner text
    source: [{ document: UNAIDS Terminology Guidelines, year: 2015 }]
    confidence: K
    examples:
      flag: [Three CSWs came to the outreach session.]
      pass: [Three sex workers came to the outreach session.]

  - id: sw/fsw # row 5
    category: sex-work
    severity: info
    matchCase: true
    avoid: [FSW(s)]
    prefer: [female sex worker]
    why: turns people into a category; spell it out in learner text
    source: [{ document: UNAIDS Terminology Guidelines, year: 2015 }]
    confidence: K
    examples:
      flag: [Most FSWs in the district use the drop-in centre.]
      pass: [Most female sex workers in the district use the drop-in centre.]

  - id: sw/msw # row 5
    category: sex-work
    severity: info
    matchCase: true
    avoid: [MSW(s)]
    prefer: [male sex worker]
    why: turns people into a category; spell it out in learner text
    source: [{ document: UNAIDS Terminology Guidelines, year: 2015 }]
    confidence: K
    examples:
      flag: [An MSW asked about PrEP.]
      pass: [A male sex worker asked about PrEP.]

  - id: sw/tgsw # row 5
    category: sex-work
    severity: info
    matchCase: true
    avoid: [TGSW(s)]
    prefer: [transgender sex worker]
    why: turns people into a category; spell it out in learner text
    source: [{ document: UNAIDS Terminology Guidelines, year: 2015 }]
    confidence: K
    examples:
      flag: [TGSWs often avoid public clinics.]
      pass: [Transgender sex workers often avoid public clinics.]

  - id: sw/direct-indirect # row 6
    category: sex-work
    severity: info
    avoid: ['(direct|indirect) sex worker(s)']
    prefer: ['venue-, street-, home- or phone-based sex worker']
    why: is old epidemiological jargon that readers find unclear
    source: [{ document: UNAIDS Editors' Notes, year: 2006 }]
    confidence: V
    examples:
      flag: [The survey reached 200 indirect sex workers.]
      pass: [The survey reached 200 street-based sex workers.]

  - id: sw/slurs # row 7
    category: sex-work
    severity: error
    self: true
    avoid: [hooker(s), whore(s), ho(s), streetwalker(s), street walker(s), harlot(s), tart(s)]
    prefer: [sex worker]
    why: is a slur; some sex workers reclaim it, so a patient's own words in dialogue are allowed
    exceptions:
      - Ho Chi Minh
      - (jam|lemon|fruit|apple|custard|treacle|egg|bakewell|pop) tart(s)
      - tart cherr(y|ies)
    source:
      - document: Sex-work style guide for journalists
        year: 2015
        url: http://mistressmatisse.blogspot.com/2015_04_26_archive.html
    confidence: V
    examples:
      flag: [The hooker in bed 4 needs PEP., Do not call anyone a whore.]
      pass:
        - <Line speaker="maya">Yes, I'm a hooker. So what?</Line>
        - She brought a lemon tart for the team.
        - The clinic is in Ho Chi Minh City.

  - id: sw/call-girl # row 8
    category: sex-work
    severity: warning
    avoid: [call girl(s)]
    prefer: [sex worker]
    why: is dated and sexualising; say "escort" only if she uses that word herself
    source:
      - document: retext-equality gender list, whose suggestion we override
        url: https://github.com/retextjs/retext-equality/blob/main/data/en/gender.yml
    confidence: V
    examples:
      flag: [The call girl asked for a private room.]
      pass: [The sex worker asked for a private room.]

  - id: sw/prostituted # row 9
    category: sex-work
    severity: warning
    avoid:
      - prostituted (woman|women|girl|girls|person|people)
      - (woman|women|people|persons) (used )in prostitution
    prefer: [sex worker, woman who sells sex]
    plural: [sex workers, women who sell sex]
    why: is abolitionist framing that denies agency, and sex worker-led organisations reject it
    source:
      - document: UNAIDS Guidance Note on HIV and Sex Work
        year: 2012
        url: https://hivhealthclearinghouse.unesco.org
    confidence: V
    examples:
      flag: [Prostituted women need exit services., We interviewed women in prostitution.]
      pass: [We interviewed women who sell sex., Sex workers need services they choose.]

  - id: sw/rescue # row 10
    category: sex-work
    severity: warning
    avoid:
      - rescue(|s|d)
      - rescuing
      - raid(|s) and rescue
      - rehabilitat(e|es|ed|ing|ion)
    near:
      words: [sex worker(s), sex work, brothel(s), red-light, women who sell sex]
      within: 8
    prefer: [offer support or services]
    why: treats adults as people to be saved; SWIT rejects rescue and rehabilitation because it removes agency and raises the risk of violence
    source:
      - { document: Sex Worker Implementation Tool (SWIT) section 2.1.2, year: 2013 }
    confidence: V
    examples:
      flag: [The NGO rescued sex workers from the brothel., Rehabilitation of sex workers is not our goal.]
      pass: [Paramedics rescued the driver from the car., We offer support to sex workers who ask for it.]

  - id: sw/pimp # row 11
    category: sex-work
    severity: info
    avoid: [pimp(s)]
    prefer: [manager, third party]
    why: is sensational and imprecise; describe the actual relationship
    source:
      - document: WHO Prevention and treatment of HIV and other STIs for sex workers
        year: 2012
        url: https://www.ncbi.nlm.nih.gov/books/NBK304111/
    confidence: V
    examples:
      flag: [Her pimp takes half of what she earns.]
      pass: [Her manager takes half of what she earns.]

  - id: sw/punter # row 12
    category: sex-work
    severity: info
    self: true
    avoid: [punter(s)]
    prefer: [client]
    why: is slang; WHO and NSWP use the neutral word "client"
    source: [{ document: WHO sex work recommendations, year: 2012 }]
    confidence: V
    examples:
      flag: [The punter refused to use a condom.]
      pass: [The client refused to use a condom., <Line speaker="maya">One punter refused a condom.</Line>]

  - id: sw/john # row 12 ("trick" is left out: too many ordinary uses)
    category: sex-work
    severity: info
    self: true
    matchCase: true
    avoid: [john(s)]
    prefer: [client]
    why: is slang; WHO and NSWP use the neutral word "client"
    source: [{ document: WHO sex work recommendations, year: 2012 }]
    confidence: V
    examples:
      flag: [One john refused to pay.]
      pass: [John came to the clinic on Monday.]

  - id: sw/trafficking-conflation # row 13
    category: sex-work
    severity: info
    avoid:
      - sex work is (human )trafficking
      - sex workers are (all )(trafficking victims|victims of trafficking|trafficked)
      - all sex workers are trafficked
    prefer: [distinguish adult sex work from trafficking in persons]
    why: conflates adult sex work with trafficking, which drives raids and denies rights
    source:
      - { document: UNAIDS Guidance Note on HIV and Sex Work, year: 2012 }
    confidence: V
    examples:
      flag: [Sex work is trafficking., Sex workers are victims of trafficking.]
      pass: [Adult sex work is not trafficking in persons.]

  - id: children/child-prostitute # row 14
    category: children
    severity: error
    avoid:
      - (child|underage|teen|teenage) prostitute(s)
      - (child|underage) sex worker(s)
    prefer: [child subjected to sexual exploitation, sexually exploited child]
    plural: [children subjected to sexual exploitation, sexually exploited children]
    why: shifts blame onto the child, and children cannot be sex workers
    source:
      - document: Luxembourg Terminology Guidelines
        year: 2016
        url: https://www.inhope.org/EN/articles/what-are-the-luxembourg-guidelines
      - { document: UNAIDS Guidance Note on HIV and Sex Work, year: 2012 }
    confidence: V
    examples:
      flag: [A child prostitute was brought in by police., Underage sex workers need child protection.]
      pass: [A sexually exploited child was brought in by police.]

  - id: children/child-prostitution # row 15
    category: children
    severity: error
    avoid: [child prostitution]
    prefer: [sexual exploitation of children, commercial sexual exploitation of children]
    plural: [sexual exploitation of children, commercial sexual exploitation of children]
    why: erases the child's victimhood, because children cannot consent to sex work
    source:
      - { document: UNFPA One Voice, year: 2013 }
      - { document: Luxembourg Terminology Guidelines, year: 2016 }
    confidence: V
    examples:
      flag: [Child prostitution is rising in the district.]
      pass: [Sexual exploitation of children is rising in the district., <Law>Child Prostitution (Prevention) Ordinance</Law>]

  - id: sw/high-risk-group # row 16
    category: sex-work
    severity: warning
    avoid:
      - high(er) risk group(s)
      - high(er) risk population(s)
      - risk group(s)
      - most at risk population(s)
    prefer: [key population]
    why: puts the risk in who people are, when it lies in behaviours and environments
    source:
      - { document: UNAIDS Terminology Guidelines, year: 2011 }
      - { document: UNAIDS Terminology Guidelines, year: 2015 }
    confidence: V
    examples:
      flag: [Sex workers are a high-risk group., Most-at-risk populations were sampled.]
      pass: [Sex workers are a key population., Condomless sex carries a high risk of HIV.]

  - id: sw/vectors # row 17
    category: sex-work
    severity: warning
    avoid: [vector(s), reservoir(s), spread(|s|ing) HIV]
    near:
      words: [sex worker(s), sex work, women who sell sex, your people, these women, brothel(s)]
      within: 8
    prefer: [describe the structural drivers (criminalisation, violence, barriers to condoms and services)]
    why: casts sex workers as a danger instead of naming what puts them at risk
    source: [{ document: UNAIDS terminology principle (background knowledge) }]
    confidence: K
    examples:
      flag: [Sex workers are vectors of disease., Sex workers spread HIV to the general population.]
      pass: [The latent HIV reservoir shrinks slowly on treatment., Mosquitoes are vectors of malaria.]

  - id: sw/bridge-population # row 17
    category: sex-work
    severity: warning
    avoid: [bridge population(s), core transmitter(s)]
    prefer: [describe the structural drivers (criminalisation, violence, barriers to condoms and services)]
    why: casts sex workers as a danger instead of naming what puts them at risk
    source: [{ document: UNAIDS terminology principle (background knowledge) }]
    confidence: K
    examples:
      flag: [Clients are a bridge population to the wider community.]
      pass: [Criminalisation keeps sex workers from condoms and services.]

  - id: violence/part-of-the-job # row 18
    category: violence
    severity: warning
    avoid: [occupational hazard(s), part of the job]
    near:
      words: [violence, violent, rape(|d|s), assault(|s|ed), attack(|s|ed), beat(|en|ing), abuse(|d), hurt]
      within: 10
    prefer: [violence against sex workers, a human-rights violation]
    why: makes violence sound normal; SWIT treats protection from violence as a right
    source:
      - { document: Sex Worker Implementation Tool (SWIT) section 2.1.2, year: 2013 }
    confidence: V
    examples:
      flag: ['For her, rape was just part of the job.']
      pass: [Paperwork is part of the job.]

  - id: sw/admitted # row 19
    category: sex-work
    severity: info
    avoid:
      - admit(|s|ted) (to being|that she is|that he is|that they are)
      - confess(|es|ed) (to being|that she is|that he is|that they are)
    near:
      words: [sex worker(s), sex work, sells sex, selling sex]
      within: 4
    prefer: [said, told us, shared that]
    why: frames telling us about her work as confessing a crime
    source: [{ document: PeerCourse terminology notes (background knowledge) }]
    confidence: K
    examples:
      flag: [She admitted to being a sex worker.]
      pass: [She told us she is a sex worker., He admitted to being late., She chose to disclose her work.]

  # ---------------------------------------------------------------- 1b. HIV
  - id: hiv/aids-carrier # row 20
    category: hiv
    severity: error
    avoid: [AIDS carrier(s)]
    prefer: [person living with HIV]
    plural: [people living with HIV]
    why: is incorrect, stigmatising and offensive
    source:
      - { document: UNAIDS Terminology Guidelines, year: 2015, url: 'https://www.unaids.org/en/resources/documents/2015/2015_terminology_guidelines' }
    confidence: V
    examples:
      flag: [He is an AIDS carrier.]
      pass: [He is a person living with HIV.]

  - id: hiv/infected # row 21
    category: hiv
    severity: warning
    avoid: [AIDS-infected, HIV-infected, infected with AIDS]
    exceptions: [HIV-infected cell(s)]
    prefer: [person living with HIV, HIV-positive person]
    plural: [people living with HIV, HIV-positive people]
    why: reduces a person to a pathogen, and no one is infected with AIDS
    source:
      - { document: UNAIDS Terminology Guidelines, year: 2011 }
      - { document: UNFPA One Voice, year: 2013 }
    confidence: V
    examples:
      flag: [HIV-infected women need support., She was infected with AIDS.]
      pass: [Women living with HIV need support., HIV-infected cells were counted in the lab.]

  - id: hiv/aids-victim # row 22
    category: hiv
    severity: warning
    avoid: [AIDS victim(s), AIDS sufferer(s), victim(s) of AIDS]
    prefer: [person living with HIV]
    plural: [people living with HIV]
    why: is disempowering; use "AIDS" only for a clinical AIDS diagnosis
    source:
      - { document: UNAIDS Terminology Guidelines, year: 2008 }
      - { document: UNFPA One Voice, year: 2013 }
    confidence: V
    examples:
      flag: [The AIDS victims were moved to a side ward.]
      pass: [The people living with HIV were moved to a side ward.]

  - id: hiv/suffering-from-aids # row 22
    category: hiv
    severity: warning
    avoid: [suffer(|s|ing|ed) from AIDS]
    prefer: [living with HIV]
    why: is disempowering; use "AIDS" only for a clinical AIDS diagnosis
    source:
      - { document: UNAIDS Terminology Guidelines, year: 2008 }
      - { document: UNFPA One Voice, year: 2013 }
    confidence: V
    examples:
      flag: [She has been suffering from AIDS for years.]
      pass: [She has been living with HIV for years.]

  - id: hiv/innocent-victim # row 23
    category: hiv
    severity: warning
    avoid: [innocent victim(s)]
    near: { words: [HIV, AIDS, infection, infected], within: 8 }
    prefer: [person living with HIV]
    plural: [people living with HIV]
    why: implies that other people "deserved" HIV
    source: [{ document: UNAIDS Terminology Guidelines (not re-checked), year: 2015 }]
    confidence: K
    examples:
      flag: [Her son is an innocent victim of HIV.]
      pass: [He was an innocent victim of the robbery.]

  - id: hiv/aids-patient # row 24
    category: hiv
    severity: warning
    avoid: [AIDS patient(s)]
    prefer: [person living with HIV, patient with HIV-related illness]
    plural: [people living with HIV, patients with HIV-related illness]
    why: defines a person by a patient role; in clinical settings say "patient with HIV-related illness"
    source:
      - { document: UNAIDS Terminology Guidelines, year: 2008 }
      - { document: UNFPA One Voice, year: 2013 }
    confidence: V
    examples:
      flag: [The AIDS patients in ward 3 are waiting.]
      pass: [The patients in ward 3 are waiting.]

  - id: hiv/aids-test # row 25
    category: hiv
    severity: warning
    avoid: [AIDS test(s), AIDS testing]
    prefer: [HIV test]
    why: names a test that does not exist, because the test is for HIV
    source: [{ document: UNAIDS Terminology Guidelines, year: 2008 }]
    confidence: V
    examples:
      flag: [Offer an AIDS test at every visit.]
      pass: [Offer an HIV test at every visit.]

  - id: hiv/hiv-virus # row 26
    category: hiv
    severity: warning
    avoid: [AIDS virus, HIV virus]
    prefer: [HIV]
    plural: [HIV]
    why: names a virus that does not exist, or says "virus" twice
    source:
      - { document: UNAIDS Terminology Guidelines, year: 2007 }
      - { document: UNAIDS Terminology Guidelines, year: 2011 }
    confidence: V
    examples:
      flag: [The HIV virus attacks the immune system., The AIDS virus was found in 1983.]
      pass: [HIV attacks the immune system.]

  - id: hiv/hiv-aids # row 27
    category: hiv
    severity: warning
    avoid: [HIV/AIDS]
    prefer: [HIV, HIV and AIDS]
    plural: [HIV, HIV and AIDS]
    why: confuses a virus with a syndrome; be specific
    source:
      - { document: UNAIDS Terminology Guidelines, year: 2011 }
      - { document: UNFPA One Voice, year: 2013 }
    confidence: V
    examples:
      flag: [HIV/AIDS services are free at this clinic.]
      pass: [HIV services are free at this clinic., The HIV/AIDS Prevention and Control Act protects confidentiality.]

  - id: hiv/risk-of-aids # row 28
    category: hiv
    severity: warning
    avoid: [risk of AIDS]
    prefer: [risk of HIV infection, risk of exposure to HIV]
    why: is inaccurate, because the risk is of HIV
    source:
      - { document: UNAIDS Terminology Guidelines, year: 2008 }
      - { document: UNFPA One Voice, year: 2013 }
    confidence: V
    examples:
      flag: [Condoms lower the risk of AIDS.]
      pass: [Condoms lower the risk of HIV infection.]

  - id: hiv/war-on-aids # row 29
    category: hiv
    severity: info
    avoid: ['(fight|battle|war|struggle) against (AIDS|HIV)', 'war on (AIDS|HIV)']
    prefer: [HIV response, AIDS response]
    why: is a military metaphor that invites "enemy" thinking about people
    source:
      - { document: UNAIDS Editors' Notes, year: 2006 }
      - { document: UNFPA One Voice, year: 2013 }
    confidence: V
    examples:
      flag: [Join the fight against AIDS.]
      pass: [Join the HIV response.]

  - id: hiv/safe-sex # row 30
    category: hiv
    severity: warning
    avoid: [safe sex]
    prefer: [safer sex]
    plural: [safer sex]
    why: promises a safety that no sex has
    source: [{ document: UNFPA One Voice, year: 2013 }]
    confidence: V
    examples:
      flag: [We teach safe sex in every session.]
      pass: [We teach safer sex in every session.]

  - id: hiv/std # row 31
    category: hiv
    severity: warning
    avoid: [STD(s), venereal disease(s)]
    prefer: [sexually transmitted infection (STI)]
    plural: [sexually transmitted infections (STIs)]
    why: is dated and stigmatising, and infections often have no symptoms
    source: [{ document: UNFPA One Voice, year: 2013 }]
    confidence: V
    examples:
      flag: [Screen for STDs at every visit.]
      pass: [Screen for STIs at every visit.]

  - id: hiv/unprotected-sex # row 32
    category: hiv
    severity: info
    avoid: [unprotected sex]
    prefer: [condomless sex, sex without a condom]
    plural: [condomless sex, sex without a condom]
    why: is ambiguous, because PrEP, treatment and contraception also protect
    source: [{ document: Secondary summary of UNAIDS terminology guidance (edition unconfirmed), year: 2024 }]
    confidence: S
    examples:
      flag: [She had unprotected sex last night.]
      pass: [She had condomless sex last night.]

  - id: hiv/clean # row 33
    category: hiv
    severity: warning
    avoid: [clean]
    near:
      words: [HIV, STI(s), status, test(|s|ed|ing), result(s), positive, negative]
      within: 4
    prefer: [HIV-negative, tested negative]
    why: implies that people living with HIV are "dirty"
    source: [{ document: Secondary summary of UNAIDS terminology guidance (edition unconfirmed), year: 2024 }]
    confidence: S
    examples:
      flag: [Her HIV test came back clean.]
      pass: [Keep the counselling room clean., Her HIV test came back negative.]

  - id: hiv/dirty # row 33
    category: hiv
    severity: warning
    avoid: [dirty]
    near:
      words: [HIV, STI(s), status, test(|s|ed|ing), result(s), positive, negative]
      within: 4
    prefer: [HIV-positive, tested positive]
    why: links people living with HIV to filth
    source: [{ document: Secondary summary of UNAIDS terminology guidance (edition unconfirmed), year: 2024 }]
    confidence: S
    examples:
      flag: [He thinks people with HIV are dirty.]
      pass: [The dirty linen goes in the red bag.]

  - id: hiv/positives # row 34 ("HIV-positive people" is left alone: hiv/infected recommends it)
    category: hiv
    severity: info
    avoid: [HIV-positives]
    prefer: [people living with HIV]
    plural: [people living with HIV]
    why: reduces people to a test result ("HIV-positive" is fine for the result itself)
    source: [{ document: Secondary summary of UNAIDS terminology guidance (edition unconfirmed), year: 2024 }]
    confidence: S
    examples:
      flag: [HIV-positives should come back every month.]
      pass: [An HIV-positive test result is confirmed with a second test.]

  - id: hiv/spousal-transmission # row 35
    category: hiv
    severity: info
    avoid: [spousal transmission]
    prefer: [intimate partner transmission]
    why: assumes that every partner is a spouse
    source: [{ document: UNFPA One Voice, year: 2013 }]
    confidence: V
    examples:
      flag: [Spousal transmission is common in the region.]
      pass: [Intimate partner transmission is common in the region.]

  - id: hiv/full-blown-aids # row 36
    category: hiv
    severity: warning
    avoid: [full-blown AIDS]
    prefer: [AIDS, advanced HIV disease]
    plural: [AIDS, advanced HIV disease]
    why: is sensational and not a clinical term
    source: [{ document: UNAIDS Terminology Guidelines (not re-checked), year: 2015 }]
    confidence: K
    examples:
      flag: [Without treatment she developed full-blown AIDS.]
      pass: [Without treatment she developed advanced HIV disease.]

  - id: hiv/promiscuous # row 37
    category: hiv
    severity: warning
    avoid: [promiscuous, promiscuity]
    prefer: [has multiple partners, multiple partners]
    why: is a moral judgement; mention numbers of partners only when clinically relevant
    source: [{ document: PeerCourse terminology notes (background knowledge) }]
    confidence: K
    examples:
      flag: [Promiscuous clients are at higher risk.]
      pass: [Clients with multiple partners may want PrEP.]

  # ---------------------------------------------------------------- 1c. Drug use
  - id: drugs/addict # row 38
    category: drugs
    severity: warning
    self: true
    avoid: [drug abuser(s), drug addict(s), addict(s), junkie(s), druggie(s)]
    prefer: [person who uses drugs, person who injects drugs]
    plural: [people who use drugs, people who inject drugs]
    why: defines a person by one behaviour
    source:
      - { document: UNFPA One Voice, year: 2013 }
      - document: NIDA Words Matter
        url: https://nida.nih.gov/nidamed-medical-health-professionals/health-professions-education/words-matter-terms-to-use-avoid-when-talking-about-addiction
    confidence: V
    examples:
      flag: [The junkie in bed 2 needs help., Addicts are welcome here.]
      pass: [People who use drugs are welcome here., Addiction services are on floor 2.]

  - id: drugs/idu # row 39
    category: drugs
    severity: warning
    avoid: [IDU(s), injecting drug user(s), injection drug user(s), IV drug user(s), intravenous drug user(s)]
    prefer: [person who injects drugs]
    plural: [people who inject drugs]
    why: puts the drug before the person and turns people into a category
    source: [{ document: UNFPA One Voice, year: 2013 }]
    confidence: V
    examples:
      flag: [IDUs can get sterile needles here., Injecting drug users can get sterile needles here.]
      pass: [People who inject drugs can get sterile needles here.]

  - id: drugs/sharing-needles # row 40
    category: drugs
    severity: info
    avoid: ['shar(e|es|ed|ing) (needles|syringes|injecting equipment)', needle sharing]
    prefer: [using non-sterile injecting equipment]
    why: blames the person; describe the equipment instead
    source: [{ document: UNAIDS Terminology Guidelines, year: 2008 }]
    confidence: V
    examples:
      flag: [Sharing needles spreads hepatitis C.]
      pass: [Using non-sterile injecting equipment spreads hepatitis C.]

  - id: drugs/clean-equipment # row 41
    category: drugs
    severity: warning
    avoid: [clean]
    near:
      words: [needle(s), syringe(s), equipment, works, kit(s), urine, screen(|s|ed|ing), drug test(s)]
      within: 4
    prefer: [sterile, tested negative]
    why: associates people who use drugs with filth
    source:
      - { document: UNAIDS Terminology Guidelines, year: 2008 }
      - { document: NIDA Words Matter }
    confidence: V
    examples:
      flag: [Hand out clean needles at the drop-in.]
      pass: [Hand out sterile needles at the drop-in., Clean the floor after the session.]

  - id: drugs/dirty-equipment # row 41
    category: drugs
    severity: warning
    avoid: [dirty]
    near:
      words: [needle(s), syringe(s), equipment, works, kit(s), urine, screen(|s|ed|ing), drug test(s)]
      within: 4
    prefer: [used, tested positive]
    why: associates people who use drugs with filth
    source:
      - { document: UNAIDS Terminology Guidelines, year: 2008 }
      - { document: NIDA Words Matter }
    confidence: V
    examples:
      flag: [Never reuse dirty syringes.]
      pass: [Never reuse used syringes., The floor is dirty.]

  - id: drugs/drug-abuse # row 42
    category: drugs
    severity: info
    avoid: [drug abuse, substance abuse]
    prefer: [drug use, substance use]
    plural: [drug use, substance use]
    why: implies moral failure and invites punishment
    source: [{ document: NIDA Words Matter }]
    confidence: S
    examples:
      flag: [Drug abuse is common among her friends.]
      pass: [Drug use is common among her friends.]

  - id: drugs/former-addict # row 43
    category: drugs
    severity: warning
    avoid: [former addict(s), reformed addict(s), ex-addict(s)]
    prefer: [person in recovery, person who used to use drugs]
    plural: [people in recovery, people who used to use drugs]
    why: is a label for life
    source: [{ document: NIDA Words Matter }]
    confidence: S
    examples:
      flag: [A former addict runs the peer group.]
      pass: [A person in recovery runs the peer group.]

  - id: drugs/drug-habit # row 44
    category: drugs
    severity: info
    avoid: [drug habit(s)]
    prefer: [drug use]
    plural: [drug use]
    why: trivialises drug use and implies that stopping is only willpower
    source: [{ document: NIDA Words Matter }]
    confidence: S
    examples:
      flag: [His drug habit worries his family.]
      pass: [His drug use worries his family.]

  # ---------------------------------------------------------------- 1d. Gender identity and sexuality
  - id: gender/trans-slurs # row 45 ("it" for a person cannot be told apart from other uses, so it is left out)
    category: gender
    severity: error
    self: true
    avoid: [tranny, trannies, shemale(s), she-male(s), he-she(s)]
    prefer: [transgender woman, transgender person]
    plural: [transgender women, transgender people]
    why: is a dehumanising slur
    source:
      - document: GLAAD Media Reference Guide, via retext-equality
        url: https://github.com/retextjs/retext-equality/blob/main/data/en/lgbtq.yml
    confidence: V
    examples:
      flag: [A tranny came in for PEP.]
      pass: [A transgender woman came in for PEP., Ask whether he/she has a regular partner.]

  - id: gender/transgendered # row 46
    category: gender
    severity: warning
    avoid: [transgendered, transgenders, a transgender]
    exceptions:
      - a transgender (woman|man|person|girl|boy|child|youth|patient|client|sex worker|community|activist|rights|health|identity|clinic|group|organisation|organization|service|women|men|people)
    prefer: [transgender person]
    plural: [transgender people]
    why: treats an adjective as a noun or a condition
    source: [{ document: GLAAD Media Reference Guide, via retext-equality }]
    confidence: V
    examples:
      flag: [She is transgendered., We met three transgenders at the drop-in.]
      pass: [She is a transgender woman., We met three transgender people at the drop-in.]

  - id: gender/transgenderism # row 47
    category: gender
    severity: warning
    avoid: [transgenderism]
    prefer: [being transgender]
    plural: [being transgender]
    why: is used by anti-trans activists to make being transgender sound like an ideology or illness
    source: [{ document: GLAAD Media Reference Guide, via retext-equality }]
    confidence: V
    examples:
      flag: [Staff held a talk on transgenderism.]
      pass: [Staff held a talk on being transgender.]

  - id: gender/sex-change # row 48
    category: gender
    severity: warning
    avoid: [sex change(s), sex change operation(s), sex change surgery]
    prefer: [gender-affirming surgery, gender-affirming care, transition]
    why: puts surgery at the centre of transition, which surgery does not define
    source: [{ document: GLAAD Media Reference Guide, via retext-equality }]
    confidence: V
    examples:
      flag: [She had a sex-change operation in 2019.]
      pass: [She had gender-affirming surgery in 2019.]

  - id: gender/born-male # row 49
    category: gender
    severity: warning
    avoid: [biologically male, genetically male, born (a )(man|boy|male)]
    prefer: [assigned male at birth]
    why: puts the sex recorded at birth above the person's own identity
    source: [{ document: GLAAD Media Reference Guide, via retext-equality }]
    confidence: V
    examples:
      flag: [She was born a man., The patient is biologically male.]
      pass: [She was assigned male at birth.]

  - id: gender/born-female # row 49
    category: gender
    severity: warning
    avoid: [biologically female, genetically female, born (a )(woman|girl|female)]
    prefer: [assigned female at birth]
    why: puts the sex recorded at birth above the person's own identity
    source: [{ document: GLAAD Media Reference Guide, via retext-equality }]
    confidence: V
    examples:
      flag: [He was born a woman.]
      pass: [He was assigned female at birth.]

  - id: gender/transvestite # row 50
    category: gender
    severity: warning
    self: true
    avoid: [transvestite(s)]
    prefer: [cross-dresser]
    why: is outdated and offensive; say "cross-dresser" only if the person uses it
    source: [{ document: GLAAD Media Reference Guide, via retext-equality }]
    confidence: V
    examples:
      flag: [A transvestite asked for a private room.]
      pass:
        - <Line speaker="ravi">I'm a transvestite, not a woman.</Line>

  - id: gender/homosexual # row 51
    category: gender
    severity: warning
    avoid: [homosexuals, a homosexual]
    exceptions:
      - a homosexual (man|woman|relationship|couple|act|acts|partner|lifestyle)
    prefer: [gay man, lesbian, gay and other men who have sex with men]
    plural: [gay men, lesbians, gay men and other men who have sex with men]
    why: carries a clinical history of treating people as ill
    source:
      - { document: GLAAD Media Reference Guide, via retext-equality }
      - { document: UNAIDS Terminology Guidelines, year: 2015 }
    confidence: V
    examples:
      flag: [Homosexuals are welcome at the clinic.]
      pass: [Gay men are welcome at the clinic.]

  - id: gender/sexual-preference # row 51
    category: gender
    severity: warning
    avoid: [sexual preference(s), homosexual lifestyle(s), gay lifestyle(s)]
    prefer: [sexual orientation]
    why: implies that sexual orientation is a choice
    source: [{ document: GLAAD Media Reference Guide, via retext-equality }]
    confidence: V
    examples:
      flag: [Do not ask about his sexual preference., He lives a homosexual lifestyle.]
      pass: [Ask about sexual orientation only when it matters for care.]

  - id: gender/eunuch # row 52 (needs community review)
    category: gender
    severity: warning
    avoid: [eunuch(s)]
    prefer: [transgender person, hijra]
    plural: [transgender people, hijras]
    why: is a colonial-era legal label; use the community's own words, such as "hijra", when people use them
    source: [{ document: Supreme Court of India, NALSA v. Union of India, year: 2014 }]
    confidence: K
    examples:
      flag: [Eunuchs often work at weddings.]
      pass: [Hijras often work at weddings.]

  # ---------------------------------------------------------------- 1e. Violence, victim-blaming
  - id: violence/victim-blaming # row 53
    category: violence
    severity: warning
    avoid:
      - asking for it
      - what did (she|he|they) expect
      - what (she|he|they) expected
      - put(|s|ting) (herself|himself|themselves) at risk
    prefer: [Violence is never the survivor's fault]
    why: blames the survivor, the opposite of the "Validate" step of LIVES
    source: [{ document: WHO LIVES first-line support, as taught in the WHO curriculum }]
    confidence: V
    examples:
      flag:
        - Dressed like that, she was asking for it.
        - What did she expect, working at night?
      pass: [Violence is never the survivor's fault., Never suggest she was "asking for it".]

  - id: violence/line-of-work # row 53
    category: violence
    severity: warning
    avoid: [in (her|his|their|that|this) line of work]
    near:
      words: [violence, violent, rape(|d|s), assault(|s|ed), attack(|s|ed), beat(|en|ing), abuse(|d), hurt]
      within: 10
    prefer: [Violence is never the survivor's fault]
    why: explains violence by her work, which blames her for it
    source: [{ document: WHO LIVES first-line support, as taught in the WHO curriculum }]
    confidence: V
    examples:
      flag: [Rape is a risk in her line of work.]
      pass: ['In her line of work, she meets many people.']

  - id: violence/theft-of-services # row 54
    category: violence
    severity: warning
    avoid: [theft of services, non-payment, business dispute(s)]
    near:
      words: [rape(|d|s), sexual violence, sexual assault, assault(|s|ed), forced]
      within: 12
    prefer: [rape, sexual violence]
    plural: [rape, sexual violence]
    why: denies that sexual violence against a sex worker is violence
    source: [{ document: NSWP (background knowledge) }]
    confidence: K
    examples:
      flag: [The police called her rape a business dispute.]
      pass: [Non-payment of fees delays the report.]

  - id: violence/victim # row 55 (info only: never enforce one form)
    category: violence
    severity: info
    self: true
    avoid: [victim(s)]
    exceptions: [victim blaming, victim blame(|s|d)]
    prefer: [survivor]
    why: is fine if the person uses it; some people prefer "survivor", so follow the person's own word
    source:
      - document: WHO curriculum on violence against women (summary)
        year: 2019
        url: https://genderhealthhub.org
    confidence: V
    examples:
      flag: [The victim waited two hours for PEP.]
      pass: [Victim-blaming makes people stop coming., The survivor waited two hours for PEP.]

  - id: violence/domestic-dispute # row 56
    category: violence
    severity: warning
    avoid: [domestic dispute(s), lovers' quarrel(s), lovers' tiff(s)]
    prefer: [intimate partner violence]
    plural: [intimate partner violence]
    why: makes abuse sound minor
    source: [{ document: WHO intimate partner violence guidance (not re-checked), year: 2013 }]
    confidence: K
    examples:
      flag: [Police called the beating a domestic dispute., It was just a lovers' quarrel.]
      pass: [Police called the beating intimate partner violence.]
`;
