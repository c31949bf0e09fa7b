import BUSDocsKit
import Testing

/// BUS023 on sentences written into the test agreement's body: each contradiction is one finding at
/// its sentence; what only looks like one is none.
@Suite struct BUS023TextAgreesWithFrontMatterTests {
    static func body(_ sentence: String) -> String {
        Fixture.valid.replacing("## Samtycke\n", with: "## Samtycke\n1️⃣\(sentence)\n\n")
    }

    @Test(arguments: [
        ("Muntligt samtycke räcker när det är bråttom.",
         "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        // "muntligt" several words after "samtycke", as other municipalities write it.
        ("Samtycke från vårdnadshavarna inhämtas muntligt inför varje tillfälle då sekretess behöver brytas.",
         "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        ("Samtycke från vårdnadshavarna inhämtas muntligt eller skriftligt.",
         "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        ("Samtycket från barnets båda vårdnadshavare kan i brådskande fall lämnas muntligen.",
         "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        // "medgivande" for consent, as some agreements say.
        ("Medgivandet kan lämnas muntligt vid ett telefonsamtal och antecknas då i journalen.",
         "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        // The written word as the oral one's alternative; the telephone before the consent.
        ("Samtycket inhämtas skriftligt eller muntligt och dokumenteras i journalen.",
         "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        ("Via sms eller telefon kan vårdnadshavarna också lämna sitt samtycke.",
         "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        // A negation elsewhere in the sentence turns nothing around.
        ("Kan vårdnadshavarna inte komma till mötet räcker det att man stämmer av med dem per telefon.",
         "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        ("Om vårdnadshavarna inte kan komma till mötet räcker det att de muntligt har godkänt att ärendet tas upp.",
         "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        // Consent presumed, or the guardians told afterwards: no consent at all.
        ("Samtycke anses föreligga om vårdnadshavarna inte har invänt inom en vecka.",
         "the text says that a case may be raised without consent, but the front matter says `samtycke: skriftligt`"),
        ("Vårdnadshavarna informeras i efterhand om att ärendet har tagits upp.",
         "the text says that a case may be raised without consent, but the front matter says `samtycke: skriftligt`"),
        // Oral consent in other words: a yes on the telephone.
        ("Det räcker att vårdnadshavaren har sagt ja i telefon.",
         "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        ("Vårdnadshavaren kan lämna sitt samtycke per telefon.",
         "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        ("Om det brådskar räcker det att vårdnadshavaren godkänner per telefon, vilket antecknas i journalen.",
         "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        ("Ett godkännande per sms eller telefon räcker om det dokumenteras.",
         "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        // Written only where it can be: otherwise not.
        ("Samtycke inhämtas i första hand skriftligt.",
         "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        ("Överenskommelsen följs upp vartannat år av styrgruppen.",
         "the text says the agreement is followed up \"vartannat år\", but the front matter says `uppföljning.per: år`"),
        ("Överenskommelsen följs upp varannan höst.",
         "the text says the agreement is followed up \"varannan höst\", but the front matter says `uppföljning.per: år`"),
        ("Styrgruppen sammanträder en gång per läsår.",
         "the text says the steering group meets \"en gång per läsår\", but the front matter says `möten: { minst: 1, per: termin }`"),
        ("Styrgruppen träffas en gång per år.",
         "the text says the steering group meets \"en gång per år\", but the front matter says `möten: { minst: 1, per: termin }`"),
        // Once a year, as a season.
        ("Styrgruppen har möte varje vår.",
         "the text says the steering group meets \"varje vår\", but the front matter says `möten: { minst: 1, per: termin }`"),
        // The meetings as the subject, and the second of two groups after the first's cadence.
        ("Styrgruppens möten hålls årligen.",
         "the text says the steering group meets \"årligen\", but the front matter says `möten: { minst: 1, per: termin }`"),
        ("Arbetsgruppen träffas minst två gånger per termin, medan styrgruppen samlas en gång per läsår.",
         "the text says the steering group meets \"en gång per läsår\", but the front matter says `möten: { minst: 1, per: termin }`"),
        // Meetings counted as a noun: one a year is fewer than one a term.
        ("Styrgruppen har ett möte per år.",
         "the text says the steering group meets \"ett möte per år\", but the front matter says `möten: { minst: 1, per: termin }`"),
    ]) func aWeakerTextIsOneFindingAtItsSentence(sentence: String, message: String) {
        assertFindings(in: Self.body(sentence), [ExpectedFinding("1️⃣", "BUS023", message)])
    }

    /// The regional agreement: "vid BUS individforums möten ska protokoll enligt utformad mall föras".
    /// A text that says no minutes are kept at the individforum — by its name, or under its heading — is
    /// one finding at the sentence; the hint says what is required. Minutes of other groups, personal data
    /// kept out of the minutes, and a negated "utan protokoll" are no finding.
    @Test(arguments: [
        "Vid individforum förs inget protokoll.",
        "Protokoll förs inte vid BUS individforum.",
        "Individforum hålls utan protokoll när ärendet är enkelt.",
        "På individforum behöver protokoll inte föras.",
        "Inga protokoll förs på individforums möten.",
    ]) func anIndividforumWithoutMinutesIsOneFinding(sentence: String) {
        let found = assertFindings(in: Self.body(sentence), [
            ExpectedFinding("1️⃣", "BUS023", "the text says that no minutes are kept at the individforum, but the front matter says `protokoll: individforum`"),
        ])
        #expect(found.first?.hint?.sv == "Skriv om meningen: regelverket kräver att protokoll förs enligt den fasta mallen vid varje individforum.")
    }

    /// Oral consent without the word for it, after a sentence about consent in the same paragraph: one
    /// finding at it. In another paragraph, under a heading not about consent, it is about something else.
    @Test func enoughByTelephoneAfterASentenceAboutConsentIsFound() {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "## Vårdnadshavare\nInnan ärendet tas upp behövs vårdnadshavarnas samtycke. 1️⃣Det räcker att de ger det per telefon.\n\n## Samtycke\n")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        ])
        let apart = Fixture.valid.replacing("## Samtycke\n", with: "## Vårdnadshavare\nInnan ärendet tas upp behövs vårdnadshavarnas samtycke.\n\nDet räcker att anmäla en avvikelse per telefon.\n\n## Samtycke\n")
        assertFindings(in: apart, [])
    }

    @Test func minutesKeptUnderTheForumsHeadingAndOtherGroupsAreNoFinding() {
        let heading = Fixture.valid.replacing("## Samtycke\n", with: "### BUS individforum\n1️⃣Protokoll förs inte; deltagarna antecknar själva.\n\n## Samtycke\n")
        assertFindings(in: heading, [
            ExpectedFinding("1️⃣", "BUS023", "the text says that no minutes are kept at the individforum, but the front matter says `protokoll: individforum`"),
        ])
        for sentence in [
            "Styrgruppen för inget protokoll; minnesanteckningar skrivs i stället.",
            "Barnets namn och personnummer förs inte in i protokollet från individforum.",
            "Individforum får inte hållas utan protokoll.",
            "Protokoll förs vid varje individforum på den fasta mallen.",
        ] {
            assertFindings(in: Fixture.valid.replacing("## Samtycke\n", with: "## Samtycke\n\(sentence)\n\n"), [])
        }
    }

    /// Changing the front matter to what the text says would break a rule (BUS008, BUS011, BUS005,
    /// BUS006): the hint offers only rewriting the sentence, and says what the rule set requires.
    @Test(arguments: [
        ("Muntligt samtycke räcker när det är bråttom.", "written consent", "skriftligt samtycke"),
        ("Överenskommelsen följs upp vartannat år av styrgruppen.", "a follow-up at least once per year", "uppföljning minst en gång per år"),
        ("Individforum hålls inom tre veckor.", "that the individforum meets within 14 days", "att individforum hålls inom 14 dagar"),
    ]) func aTextBelowTheRulesIsFixedInTheTextOnly(sentence: String, en: String, sv: String) {
        let found = Fixture.check(MarkedText(Self.body(sentence)).text).filter { $0.ruleID == "BUS023" }
        #expect(found.map(\.hint?.en) == ["Rewrite the sentence: the rule set requires \(en)."])
        #expect(found.map(\.hint?.sv) == ["Skriv om meningen: regelverket kräver \(sv)."])
    }

    /// A group that meets less often than the front matter says: the hint writes the front matter's
    /// cadence in place of the text's ("minst" with it), which, applied literally, leaves no finding —
    /// also where the front matter asks more than the rule set.
    @Test(arguments: [
        ("Styrgruppen träffas en gång per år.", "en gång per år", "minst en gång per termin", "minst: 1, per: termin"),
        ("Styrgruppen sammanträder minst en gång per termin.", "minst en gång per termin", "minst sex gånger per år", "minst: 6, per: år"),
        // "Gruppen" under a heading that names the group by the agreement's name for it; the chair's
        // rotation is no cadence of the meetings.
        ("### Ledningsgruppen\n1️⃣Gruppen sammanträder en gång om året, och ordförandeskapet växlar varje år.", "en gång om året", "minst sex gånger per år", "minst: 6, per: år"),
    ]) func aGroupMeetingLessOftenGetsTheFrontMattersCadence(sentence: String, said: String, cadence: String, meetings: String) {
        let text = Fixture.valid.replacing("    möten: { minst: 1, per: termin }\n    ordförande", with: "    möten: { \(meetings) }\n    ordförande")
            .replacing("namn: BUS lokal styrgrupp\n", with: "namn: BUS-ledningsgrupp Testområdet\n")
            .replacing("## Samtycke\n", with: "## Samtycke\n" + (sentence.hasPrefix("#") ? sentence : "1️⃣" + sentence) + "\n\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the steering group meets \"\(said)\", but the front matter says `möten: { \(meetings) }`"),
        ])
        #expect(found.map(\.hint?.sv) == ["Skriv ”\(cadence)” i stället för ”\(said)”."])
        assertFindings(in: MarkedText(text).text.replacing(said, with: cadence), [])
    }

    /// On demand in other words, beside a chair's rotation: the front matter's cadence takes its place.
    @Test func aGroupMeetingWhenAPartyAsksIsOnDemand() {
        let text = Self.body("Styrgruppen samlas när någon part begär det, och ordförandeskapet växlar varje år.")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the steering group meets only when needed, but the front matter says `möten: { minst: 1, per: termin }`"),
        ])
        #expect(found.map(\.hint?.sv) == ["Skriv ”minst en gång per termin” i stället för ”när någon part begär det”."])
        assertFindings(in: MarkedText(text).text.replacing("när någon part begär det", with: "minst en gång per termin"), [])
    }

    /// A text that says less than the front matter but still meets the rules: either may change.
    @Test func aTextWithinTheRulesMayBeFixedEitherWay() {
        let text = MarkedText(Self.body("Individforum hålls inom tolv dagar.")).text.replacing("inom-dagar: 14", with: "inom-dagar: 10")
        let found = Fixture.check(text).filter { $0.ruleID == "BUS023" }
        #expect(found.map(\.hint?.sv) == ["Skriv om meningen så att den säger samma sak som huvudet, eller ändra huvudet så att det säger det som gäller."])
    }

    /// "Skolan kan kalla" (or "får kalla") contradicts `skolan: ska` — unless the text also says the school shall.
    @Test(arguments: ["kan", "får"]) func theSchoolMayInATextThatNeverSaysShall(may: String) {
        let text = Fixture.valid.replacing("Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän.",
                                           with: "1️⃣Skolan \(may) kalla till SIP när barnet behöver insatser från flera huvudmän.")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the school \"may\" call a SIP, but the front matter says `skolan: ska`"),
        ])
        assertFindings(in: Self.body("Socialtjänsten och skolan kan kalla till SIP."), [])
    }

    /// Whether the school shall call is the agreement's choice, not a requirement (no law makes it the
    /// school's duty): the hint makes the sentence say what the front matter says, by its own words, and
    /// followed literally leaves no finding. Plain quotes, no Markdown emphasis, in both languages.
    @Test(arguments: [
        ("Skolan kan kalla till SIP när barnet behöver insatser från flera huvudmän.", "the school \"may\" call a SIP",
         "att skolan ”kan” kalla till SIP", "Skolan kan"),
        ("Skolan behöver inte kalla till SIP.", "the school need not call a SIP", "att skolan inte behöver kalla till SIP", "Skolan behöver inte"),
        ("Skolan måste inte kalla till SIP.", "the school need not call a SIP", "att skolan inte behöver kalla till SIP", "Skolan måste inte"),
    ]) func aSchoolSentenceWeakerThanTheFrontMatterIsRewrittenToAgree(sentence: String, says: String, sv: String, said: String) {
        let text = Fixture.valid.replacing("Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän.", with: "1️⃣" + sentence)
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says \(says), but the front matter says `skolan: ska`"),
        ])
        #expect(found.map(\.message.sv) == ["texten säger \(sv), men YAML-huvudet säger `skolan: ska`"])
        #expect(found.map(\.hint?.sv) == ["Skriv ”Skolan ska” i stället för ”\(said)”: texten ska säga samma sak som YAML-huvudet (`skolan: ska`)."])
        #expect(found.map(\.hint?.en) == ["Write \"Skolan ska\" instead of \"\(said)\": the text must say what the front matter says (`skolan: ska`)."])
        assertFindings(in: MarkedText(text).text.replacing(said, with: "Skolan ska"), [])
    }

    /// Other ways of saying the school may: "bör", "har möjlighet att", and the school's head ("Rektor
    /// kan"). The hint puts "ska" in the place of the whole modal, and followed literally leaves no finding.
    /// The message quotes the modal as written.
    @Test(arguments: [
        ("Skolan bör kalla till SIP när barnet behöver insatser från flera huvudmän.", "Skolan bör", "Skolan ska", "should", "bör"),
        ("Skolan har möjlighet att kalla till SIP.", "Skolan har möjlighet att", "Skolan ska", "may", "har möjlighet att"),
        ("Rektor kan kalla till SIP när eleven behöver det.", "Rektor kan", "Rektor ska", "may", "kan"),
    ]) func otherWordsForMayAreFound(sentence: String, said: String, shall: String, en: String, sv: String) {
        let text = Fixture.valid.replacing("Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän.", with: "1️⃣" + sentence)
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the school \"\(en)\" call a SIP, but the front matter says `skolan: ska`"),
        ])
        #expect(found.map(\.message.sv) == ["texten säger att skolan ”\(sv)” kalla till SIP, men YAML-huvudet säger `skolan: ska`"])
        #expect(found.map(\.hint?.sv) == ["Skriv ”\(shall)” i stället för ”\(said)”: texten ska säga samma sak som YAML-huvudet (`skolan: ska`)."])
        assertFindings(in: MarkedText(text).text.replacing(said, with: shall), [])
    }

    /// The school (or its head) deciding whether to call leaves the call to its discretion: "kan" by other
    /// words. The hint replaces the whole sentence, which has no modal to put "ska" in the place of, and
    /// followed literally leaves no finding.
    @Test(arguments: [
        "Rektor avgör om skolan kallar till SIP.",
        "Det är rektorn som avgör om SIP ska kallas.",
        "Skolan bestämmer själv om den tar initiativ till en samordnad individuell plan.",
        "Om skolan kallar till SIP beslutar rektor om i varje enskilt fall, och rektor väljer om skolan kallar till SIP.",
        // A "ska" left to the school's will is none: the text says shall only in words.
        "Det är upp till rektorn att avgöra om skolan ska kalla till SIP.",
        "Skolan ska kalla till SIP om rektorn vill.",
        "Skolan kan kalla till SIP om rektorn så önskar.",
        // The head's opinion, with "får" or with "ska": one finding, whose hint leaves no opinion behind.
        "Skolan får kalla till SIP om rektorn tycker att det behövs.",
        "Skolan ska kalla till SIP om rektorn tycker att det behövs.",
        // Inverted: whether the school calls, decided by the head.
        "Om skolan ska kalla till SIP avgörs i varje enskilt fall av rektor.",
    ]) func theSchoolDecidingWhetherToCallIsFound(sentence: String) {
        let text = Fixture.valid.replacing("Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän.", with: "1️⃣" + sentence)
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the school decides whether to call a SIP, but the front matter says `skolan: ska`"),
        ])
        #expect(found.map(\.message.sv) == ["texten säger att skolan själv avgör om den kallar till SIP, men YAML-huvudet säger `skolan: ska`"])
        let said = String(sentence.dropLast())
        #expect(found.map(\.hint?.sv) == ["Skriv ”Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän” i stället för ”\(said)”: texten ska säga samma sak som YAML-huvudet (`skolan: ska`)."])
        assertFindings(in: MarkedText(text).text.replacing(said, with: "Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän"), [])
    }

    /// The school's duty denied ("har inget eget ansvar"), in the SIP section: the whole sentence gives way,
    /// as for a decision, and followed literally leaves no finding.
    @Test(arguments: [
        "Det är i första hand socialtjänsten eller BUP som kallar till SIP; skolan har inget eget ansvar för att kalla.",
        "Skolan är inte skyldig att kalla till SIP.",
    ]) func theSchoolsDutyDeniedIsFound(sentence: String) {
        let text = Fixture.valid.replacing("Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän.", with: "1️⃣" + sentence)
        let found = Fixture.check(MarkedText(text).text).filter { $0.ruleID == "BUS023" }
        #expect(found.map(\.message.sv) == ["texten säger att skolan inte behöver kalla till SIP, men YAML-huvudet säger `skolan: ska`"])
        let said = found.first?.hint?.sv.components(separatedBy: "i stället för ”").last?.components(separatedBy: "”:").first ?? ""
        #expect(!said.isEmpty && sentence.contains(said))
        assertFindings(in: MarkedText(text).text.replacing(said, with: "Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän"), [])
    }

    /// Judging whether the child needs a SIP is what the law asks of every party ("om kommunen eller
    /// regionen bedömer att den behövs"), and a decision about something else is no SIP duty.
    @Test(arguments: [
        "Skolan kallar till SIP när rektorn bedömer att det behövs.",
        "Rektor avgör om barnet behöver en SIP och skolan kallar då till den.",
        "Rektor avgör om skolan kallar till elevhälsomöte.",
        "Rektor avgör inte om skolan kallar till SIP; skolan kallar alltid när barnet behöver det.",
        // What the law says is so: the agreement's own duty is another sentence's.
        "Skolan har ingen lagstadgad skyldighet att kalla till SIP.",
        "Enligt skollagen är skolan inte skyldig att kalla till SIP.",
    ]) func aJudgementOfNeedOrAnotherMeetingIsNoDiscretion(sentence: String) {
        assertFindings(in: Fixture.valid.replacing("Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän.", with: sentence), [])
    }

    /// Another group than `ansvarig` named as the one that follows up the agreement: as the subject, with
    /// small words between, or as the agent of a passive. The steering group alone may follow it up, so the
    /// sentence is what changes; the hint, applied literally, leaves no finding.
    @Test(arguments: [
        ("Arbetsgruppen följer upp överenskommelsen varje år.", "Arbetsgruppen", "Styrgruppen"),
        ("Arbetsgruppen ska varje år följa upp överenskommelsen.", "Arbetsgruppen", "Styrgruppen"),
        ("Arbetsgruppen gör en årlig uppföljning av överenskommelsen.", "Arbetsgruppen", "Styrgruppen"),
        ("Arbetsgruppen ansvarar för att överenskommelsen följs upp varje år.", "Arbetsgruppen", "Styrgruppen"),
        ("Uppföljningen av överenskommelsen görs av arbetsgruppen varje år.", "arbetsgruppen", "styrgruppen"),
        // "uppföljningen" alone, under the follow-up's heading, is the agreement's.
        ("Arbetsgruppen ansvarar för uppföljningen, som görs varje år.", "Arbetsgruppen", "Styrgruppen"),
        ("Uppföljningen görs av arbetsgruppen varje år.", "arbetsgruppen", "styrgruppen"),
        // The subject after the verb, in a clause that opens with the time; "går igenom" for "följer upp".
        ("En gång per år går arbetsgruppen igenom hur överenskommelsen har fungerat.", "arbetsgruppen", "styrgruppen"),
    ]) func anotherGroupFollowingUpIsFound(sentence: String, said: String, owner: String) {
        let text = Fixture.valid.replacing("Styrgruppen följer upp överenskommelsen varje år.", with: "1️⃣" + sentence)
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the working group follows up the agreement, but the front matter says `ansvarig: styrgrupp`"),
        ])
        #expect(found.map(\.message.sv) == ["texten säger att arbetsgruppen följer upp överenskommelsen, men YAML-huvudet säger `ansvarig: styrgrupp`"])
        #expect(found.map(\.hint?.sv) == ["Skriv ”\(owner)” i stället för ”\(said)” i meningen, så att den säger samma sak som YAML-huvudet (`ansvarig: styrgrupp`)."])
        assertFindings(in: MarkedText(text).text.replacing(said, with: owner), [])
    }

    /// A group that may not own the follow-up: only the sentence can change.
    @Test func theIndividforumFollowingUpIsRewritten() {
        let text = Fixture.valid.replacing("Styrgruppen följer upp överenskommelsen varje år.", with: "1️⃣Individforum följer upp överenskommelsen varje år.")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the individforum follows up the agreement, but the front matter says `ansvarig: styrgrupp`"),
        ])
        #expect(found.map(\.hint?.sv) == ["Skriv ”Styrgruppen” i stället för ”Individforum” i meningen, så att den säger samma sak som YAML-huvudet (`ansvarig: styrgrupp`)."])
        assertFindings(in: MarkedText(text).text.replacing("Individforum följer upp", with: "Styrgruppen följer upp"), [])
    }

    /// A group that prepares, follows up with the owner, follows up something else, or does not follow up.
    @Test(arguments: [
        "Arbetsgruppen bereder uppföljningen av överenskommelsen och styrgruppen beslutar varje år.",
        "Arbetsgruppen följer upp överenskommelsen tillsammans med styrgruppen varje år.",
        "Arbetsgruppen följer inte upp överenskommelsen; styrgruppen gör det varje år.",
        "Arbetsgruppen följer upp ärendena varje månad. Styrgruppen följer upp överenskommelsen varje år.",
        "Styrgruppen följer upp överenskommelsen varje år och redovisar resultatet för arbetsgruppen.",
        "Styrgruppen följer upp överenskommelsen varje år. Individforum ansvarar för uppföljningen av ärendena.",
    ]) func noOtherOwnerIsNoFinding(sentence: String) {
        assertFindings(in: Fixture.valid.replacing("Styrgruppen följer upp överenskommelsen varje år.", with: sentence), [])
    }

    /// "I området ska skolan kalla": the shall in the inverted order of a clause after an adverbial.
    @Test func theSchoolShallAfterAnAdverbialIsShall() {
        let text = Fixture.valid.replacing("Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän.",
            with: "Skolan har ingen lagstadgad skyldighet att kalla till SIP, men i detta område ska skolan kalla. Skolan kan också kalla när föräldrarna ber om det.")
        assertFindings(in: text, [])
    }

    /// Oral consent as what falls short — in a condition restricted by "bara", or with the case raised
    /// anonymised — is no permission of oral consent; oral consent in a condition that lets it do is.
    @Test(arguments: [
        "Om vårdnadshavaren bara har lämnat muntligt samtycke lyfts ärendet avidentifierat.",
        "Om samtycket endast är muntligt ska skriftligt samtycke inhämtas innan ärendet tas upp.",
        "Om vårdnadshavaren bara har samtyckt muntligt kan ärendet tas upp, men bara anonymt.",
        "Vid muntligt samtycke lyfts ärendet utan namn.",
        "Samtycket kan lämnas muntligt vid mötet men ska alltid bekräftas skriftligt innan uppgifter lämnas ut.",
    ]) func oralConsentThatFallsShortIsNone(sentence: String) {
        assertFindings(in: Self.body(sentence), [])
    }

    @Test(arguments: [
        "Om det är bråttom räcker muntligt samtycke.",
        "Om vårdnadshavaren bara har lämnat muntligt samtycke kan ärendet ändå tas upp.",
        // Informed orally, and consenting orally too.
        "Vårdnadshavarna informeras muntligt och lämnar sitt samtycke muntligt.",
    ]) func oralConsentThatWillDoInAConditionIsFound(sentence: String) {
        assertFindings(in: Self.body(sentence), [
            ExpectedFinding("1️⃣", "BUS023", "the text says that oral consent will do, but the front matter says `samtycke: skriftligt`"),
        ])
    }

    /// A case raised without consent, as other municipalities write it: one error at the sentence, whose
    /// hint — followed by raising the case with written consent, or anonymised — leaves none.
    @Test(arguments: [
        ("Vid brådskande ärenden kan barnet diskuteras i individforum utan vårdnadshavarnas samtycke.",
         "Vid brådskande ärenden kan barnet diskuteras i individforum med vårdnadshavarnas skriftliga samtycke."),
        ("Samtycke behöver inte inhämtas om barnet far illa.",
         "Om barnet far illa lyfts ärendet avidentifierat."),
        ("Är det bråttom kan ärendet lyftas utan att samtycke har inhämtats från båda vårdnadshavarna.",
         "Är det bråttom kan ärendet lyftas avidentifierat utan att samtycke har inhämtats från båda vårdnadshavarna."),
        ("För elever i grundskolan krävs inte samtycke när skolan lyfter ärendet.",
         "För elever i grundskolan krävs skriftligt samtycke när skolan lyfter ärendet."),
        ("I brådskande ärenden behöver samtycke inte inhämtas.",
         "I brådskande ärenden lyfts ärendet avidentifierat."),
        ("I individforum behövs inget samtycke från vårdnadshavare.",
         "I individforum behövs skriftligt samtycke från vårdnadshavare för varje tillfälle."),
        ("Brådskande ärenden får dock tas upp i individforum innan vårdnadshavarna hunnit tillfrågas.",
         "Brådskande ärenden får dock tas upp avidentifierat i individforum."),
        // Consent missing, and the case raised all the same.
        ("Saknas samtycket tas ärendet ändå upp om det är brådskande.",
         "Saknas samtycket tas ärendet ändå upp avidentifierat om det är brådskande."),
        // Guardians who cannot be reached: the case raised without their consent all the same.
        ("Om vårdnadshavarna inte går att nå kan ärendet tas upp ändå.",
         "Om vårdnadshavarna inte går att nå kan ärendet tas upp avidentifierat."),
        ("Ärendet tas upp ändå om vårdnadshavaren inte kan nås.",
         "Ärendet tas upp avidentifierat om vårdnadshavaren inte kan nås."),
        ("Går vårdnadshavarna inte att nå får ärendet ändå tas upp.",
         "Går vårdnadshavarna inte att nå får ärendet tas upp avidentifierat."),
    ]) func aCaseRaisedWithoutConsentIsFound(sentence: String, rewritten: String) {
        let found = assertFindings(in: Self.body(sentence), [
            ExpectedFinding("1️⃣", "BUS023", "the text says that a case may be raised without consent, but the front matter says `samtycke: skriftligt`"),
        ])
        #expect(found.map(\.severity) == [.error])
        #expect(found.map(\.hint?.sv) == ["Skriv om meningen så att ärendet lyfts med skriftligt samtycke för tillfället, eller utan samtycke bara avidentifierat: regelverket kräver skriftligt samtycke när sekretess bryts."])
        assertFindings(in: Self.body(rewritten), [])
    }

    /// Without consent as what is refused, or with the case raised anonymised, or a report the law
    /// requires: no finding.
    @Test(arguments: [
        "Om vårdnadshavaren bara har lämnat muntligt samtycke lyfts ärendet avidentifierat.",
        "Utan samtycke lyfts ärendet bara avidentifierat.",
        "Utan samtycke tas ärendet upp anonymt.",
        "Utan samtycke får inga uppgifter lämnas.",
        "Ett ärende får aldrig lyftas med namn utan vårdnadshavarnas skriftliga samtycke.",
        "Utan skriftligt samtycke kan barnet inte diskuteras i individforum.",
        "Ingen information om barnet lämnas ut utan samtycke.",
        "I behandlingskonferensen lyfts ärenden avidentifierat, så att inga uppgifter om enskilda lämnas och samtycke inte behövs.",
        "En orosanmälan till socialtjänsten görs utan samtycke när ett barn kan fara illa.",
        "Den part som lyfter ärendet ansvarar för att samtycket finns och dokumenteras.",
        "Om vårdnadshavarna inte går att nå kan ärendet ändå inte tas upp.",
        "Om vårdnadshavarna inte går att nå tas ärendet ändå upp avidentifierat.",
        "Det räcker inte att vårdnadshavaren har sagt ja i telefon.",
        "Ett ja i telefon ska alltid bekräftas skriftligt.",
        "Går vårdnadshavarna inte att nå kan ärendet ändå inte tas upp.",
        "Saknas samtycke tas ärendet ändå inte upp.",
        "Vårdnadshavaren ska aldrig godkänna per telefon.",
        "Om vårdnadshavaren bara har sagt ja i telefon lyfts ärendet avidentifierat.",
        "Misstänker någon att ett barn far illa görs en orosanmälan till socialtjänsten enligt 14 kap. 1 § socialtjänstlagen, och för den behövs inget samtycke från vårdnadshavarna.",
        "Vid akut fara för barnets hälsa kan socialtjänsten agera utan vårdnadshavarnas samtycke enligt gällande lagstiftning.",
        // The duty by law in the sentence before, which this one points back to.
        "Den som misstänker att ett barn far illa gör alltid en orosanmälan till socialtjänsten; för den behövs inget samtycke.",
        // Oral information about the consent, not oral consent.
        "Handläggaren informerar vårdnadshavarna muntligt om vad samtycket innebär innan de skriver under.",
        "Vårdnadshavarna får muntlig information om samtycket innan de undertecknar blanketten.",
    ]) func consentThatIsNotDoneWithoutIsNone(sentence: String) {
        assertFindings(in: Self.body(sentence), [])
    }

    /// The individforum's convener as the front matter gives it, written into the test agreement.
    static func convener(_ line: String?) -> String {
        Fixture.valid.replacing("    namn: BUS individforum\n    sammankallande: { part: sof, roll: Enhetschef }\n",
                                with: "    namn: BUS individforum\n" + (line.map { "    \($0)\n" } ?? ""))
    }

    /// The text names another convener than the front matter, as other municipalities write it: one
    /// error at the sentence, whose hint — the header line to write — followed literally leaves none.
    @Test(arguments: [
        ("Individforum sammankallas av enhetschef på barn- och ungdomspsykiatrin.", "enhetschef på barn- och ungdomspsykiatrin", "sammankallande: { part: bup, roll: Enhetschef }"),
        ("Verksamhetschef för habiliteringen ansvarar för att kalla till individforum.", "Verksamhetschef för habiliteringen", "sammankallande: { part: hab, roll: Verksamhetschef }"),
        ("Sammankallande för BUS individforum är enhetschef inom BUMM.", "enhetschef inom BUMM", "sammankallande: { part: bumm, roll: Enhetschef }"),
        ("Vid behov sammankallar BUP individforum inom två veckor.", "BUP", "sammankallande: { part: bup, roll: Enhetschef }"),
        // The convener after "Kallelse … skickas av", named by the school's genitive or by the role alone.
        ("Kallelse till individforum skickas av skolans rektor.", "skolans rektor", "sammankallande: { part: skola, roll: Rektor }"),
        ("Kallelse till individforum skickas av rektor på skolan.", "rektor", "sammankallande: { part: skola, roll: Rektor }"),
        ("Kallelsen till individforum skickas ut av BUP:s enhetschef.", "BUP:s enhetschef", "sammankallande: { part: bup, roll: Enhetschef }"),
        // "kallar" with whom it calls; the role in the definite form goes into the front matter as a role is written.
        ("Verksamhetschefen på BUP kallar då cheferna med beslutsmandat till individforum.", "Verksamhetschefen på BUP",
         "sammankallande: { part: bup, roll: Verksamhetschef }"),
    ]) func aConvenerTheFrontMatterDoesNotGiveIsFound(sentence: String, said: String, line: String) {
        let text = Self.body(sentence)
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the individforum is convened by \"\(said)\", but the front matter says `sammankallande: { part: sof }`"),
        ])
        #expect(found.map(\.hint?.sv) == ["Skriv `\(line)` i gruppen `individforum` i YAML-huvudet, så att det säger samma sak som texten."])
        let fixed = text.replacing("    namn: BUS individforum\n    sammankallande: { part: sof, roll: Enhetschef }\n", with: "    namn: BUS individforum\n    \(line)\n")
        assertFindings(in: fixed, [])
    }

    /// The same party in another role. A manager's role goes into the front matter; a role without
    /// mandate ("handläggare") gives way, in the text, to the front matter's manager (BUS022). Each hint,
    /// followed literally, leaves no finding.
    @Test(arguments: [
        ("Individforum sammankallas av handläggare på socialtjänsten.", "handläggare på socialtjänsten",
         "Skriv ”enhetschef” i stället för ”handläggare” i meningen: den som sammankallar individforum ska vara en chef med mandat.",
         "handläggare på", "enhetschef på"),
        // The subject of a cleft, in the definite form: the manager takes it too.
        ("Det är handläggaren på socialtjänsten som kallar till individforum.", "handläggaren på socialtjänsten",
         "Skriv ”enhetschefen” i stället för ”handläggaren” i meningen: den som sammankallar individforum ska vara en chef med mandat.",
         "handläggaren på", "enhetschefen på"),
        ("Handläggare inom socialtjänsten kallar till individforum.", "Handläggare inom socialtjänsten",
         "Skriv ”Enhetschef” i stället för ”Handläggare” i meningen: den som sammankallar individforum ska vara en chef med mandat.",
         "Handläggare inom", "Enhetschef inom"),
        // The subject before its relative clause, with "kallar" and whom it calls.
        ("Handläggaren som har ärendet på socialtjänsten kallar då cheferna till individforum.", "Handläggaren som har ärendet på socialtjänsten",
         "Skriv ”Enhetschefen” i stället för ”Handläggaren” i meningen: den som sammankallar individforum ska vara en chef med mandat.",
         "Handläggaren som", "Enhetschefen som"),
        ("Socialsekreteraren som har ärendet kallar då cheferna med mandat till individforum.", "Socialsekreteraren",
         "Skriv ”Enhetschefen” i stället för ”Socialsekreteraren” i meningen: den som sammankallar individforum ska vara en chef med mandat.",
         "Socialsekreteraren", "Enhetschefen"),
        // A compound with a hyphen is replaced whole, in lower case where it does not start the sentence;
        // a compound's definite form gets the manager's.
        ("Kallelse till individforum skickas av kommunens BUS-samordnare.", "BUS-samordnare",
         "Skriv ”enhetschef” i stället för ”BUS-samordnare” i meningen: den som sammankallar individforum ska vara en chef med mandat.",
         "BUS-samordnare", "enhetschef"),
        ("Kallelsen till individforum skickas ut av skolkuratorn.", "skolkuratorn",
         "Skriv ”enhetschefen” i stället för ”skolkuratorn” i meningen: den som sammankallar individforum ska vara en chef med mandat.",
         "skolkuratorn", "enhetschefen"),
        ("Individforum sammankallas av sektionschef på socialtjänsten.", "sektionschef på socialtjänsten",
         "Skriv `roll: Sektionschef` i `sammankallande` i gruppen `individforum` i YAML-huvudet, så att det säger samma sak som texten.",
         "sammankallande: { part: sof, roll: Enhetschef }", "sammankallande: { part: sof, roll: Sektionschef }"),
    ]) func theConvenersRoleIsCompared(sentence: String, said: String, hint: String, from: String, to: String) {
        let text = Self.body(sentence)
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the individforum is convened by \"\(said)\", but the front matter says `roll: Enhetschef`"),
        ])
        #expect(found.map(\.hint?.sv) == [hint])
        let plain = MarkedText(text).text
        let fixed = from.hasPrefix("sammankallande") ? plain.replacing("    namn: BUS individforum\n    \(from)", with: "    namn: BUS individforum\n    \(to)") : plain.replacing(from, with: to)
        assertFindings(in: fixed, [])
    }

    /// "skolans rektor" where two parties run schools: either header line says what the text says, and
    /// each, written, leaves no finding.
    @Test func aConvenerTwoPartiesMayBeGivesBothLines() {
        let twoSchools = Self.body("Kallelse till individforum skickas av skolans rektor.")
            .replacing("  - id: bup\n", with: "  - id: friskolor\n    namn: Fristående skolor i Testområdet\n    huvudman: enskild\n    verksamheter: [utbildning]\n  - id: bup\n")
        let found = assertFindings(in: twoSchools, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the individforum is convened by \"skolans rektor\", but the front matter says `sammankallande: { part: sof }`"),
        ])
        #expect(found.map(\.hint?.sv) == ["Skriv `sammankallande: { part: skola, roll: Rektor }` eller `sammankallande: { part: friskolor, roll: Rektor }` i gruppen `individforum` i YAML-huvudet, så att det säger samma sak som texten."])
        for party in ["skola", "friskolor"] {
            let fixed = MarkedText(twoSchools).text.replacing("    namn: BUS individforum\n    sammankallande: { part: sof, roll: Enhetschef }", with: "    namn: BUS individforum\n    sammankallande: { part: \(party), roll: Rektor }")
            assertFindings(in: fixed, [])
        }
    }

    /// A role without mandate and no party: the front matter's manager takes its place in the text.
    @Test(arguments: [
        "Individforum sammankallas av ansvarig socialsekreterare.",
        "När samverkan har kört fast kallar ansvarig socialsekreterare till individforum.",
        "När samverkan har kört fast sammankallas individforum av ansvarig socialsekreterare.",
    ]) func aStaffRoleAloneGivesWayToTheManager(sentence: String) {
        let text = Self.body(sentence)
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the individforum is convened by \"socialsekreterare\", but the front matter says `roll: Enhetschef`"),
        ])
        #expect(found.map(\.hint?.sv) == ["Skriv ”enhetschef” i stället för ”socialsekreterare” i meningen: den som sammankallar individforum ska vara en chef med mandat."])
        assertFindings(in: MarkedText(text).text.replacing("socialsekreterare", with: "enhetschef"), [])
    }

    /// The staff role as the cleft's subject of "skickar ut kallelsen", and in a sentence that names no
    /// group but follows one about the individforum in the same paragraph.
    @Test(arguments: [
        "1️⃣Det är socialsekreteraren på mottagningsgruppen som skickar ut kallelsen till individforum.",
        "Individforum samlas inom två veckor. 1️⃣Kallelse skickas av socialsekreteraren på mottagningsgruppen.",
    ]) func aStaffRoleThatSendsTheNoticeGivesWay(sentence: String) {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "## Samtycke\n\(sentence)\n\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the individforum is convened by \"socialsekreteraren\", but the front matter says `roll: Enhetschef`"),
        ])
        #expect(found.map(\.hint?.sv) == ["Skriv ”enhetschefen” i stället för ”socialsekreteraren” i meningen: den som sammankallar individforum ska vara en chef med mandat."])
        assertFindings(in: MarkedText(text).text.replacing("socialsekreteraren", with: "enhetschefen"), [])
    }

    /// A paragraph's next sentence about another group, or after a blank line: not the individforum's.
    @Test func aNoticeInAnotherParagraphIsNotTheForums() {
        assertFindings(in: Self.body("Individforum samlas inom två veckor.\n\nKallelse skickas av socialsekreteraren på mottagningsgruppen."), [])
    }

    /// Another party named by a role without mandate: the front matter takes the party with a manager's
    /// role, and the text the manager — both halves, or BUS022 or this rule would find them again.
    @Test func anotherPartysStaffIsReplacedByItsManager() {
        let text = Self.body("Individforum sammankallas av handläggare på BUP.")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the individforum is convened by \"handläggare på BUP\", but the front matter says `sammankallande: { part: sof }`"),
        ])
        #expect(found.map(\.hint?.sv) == ["Skriv `sammankallande: { part: bup, roll: Enhetschef }` i gruppen `individforum` i YAML-huvudet och ”enhetschef” i stället för ”handläggare” i meningen: den som sammankallar individforum ska vara en chef med mandat."])
        let fixed = MarkedText(text).text.replacing("    namn: BUS individforum\n    sammankallande: { part: sof, roll: Enhetschef }", with: "    namn: BUS individforum\n    sammankallande: { part: bup, roll: Enhetschef }")
            .replacing("av handläggare på BUP", with: "av enhetschef på BUP")
        assertFindings(in: fixed, [])
    }

    /// A convener that is no party's id (a party's id changed, its references not yet) is BUS014's one
    /// finding, not also a text that says otherwise.
    @Test func aConvenerNoPartyHasIsOnlyTheUnknownReference() {
        let text = Self.convener("sammankallande: { part: BUP, roll: Enhetschef }")
            .replacing("## Samtycke\n", with: "## Samtycke\nVid behov sammankallar BUP individforum inom två veckor.\n\n")
        let found = Fixture.check(text)
        #expect(found.filter { $0.ruleID == "BUS023" }.isEmpty, "\(found.map(\.message.en))")
        #expect(found.contains { $0.ruleID == "BUS014" }, "\(found.map(\.message.en))")
    }

    /// A front matter without a convener while the text names one: the hint gives the line to add.
    @Test func aConvenerOnlyTheTextNamesIsFound() {
        let text = Self.convener(nil).replacing("## Samtycke\n", with: "## Samtycke\n1️⃣Individforum sammankallas av enhetschef på barn- och ungdomspsykiatrin.\n\n")
        let found = Fixture.check(MarkedText(text).text).filter { $0.ruleID == "BUS023" }
        #expect(found.map(\.message.en) == ["the text says the individforum is convened by \"enhetschef på barn- och ungdomspsykiatrin\", but the front matter gives no `sammankallande` for `individforum`"])
        #expect(found.map(\.hint?.sv) == ["Skriv `sammankallande: { part: bup, roll: Enhetschef }` i gruppen `individforum` i YAML-huvudet, så att det säger samma sak som texten."])
        let fixed = MarkedText(text).text.replacing("    namn: BUS individforum\n", with: "    namn: BUS individforum\n    sammankallande: { part: bup, roll: Enhetschef }\n")
        #expect(Fixture.check(fixed).filter { $0.ruleID == "BUS023" }.isEmpty)
    }

    /// The text and the front matter name the same convener, in other words; or the text names none,
    /// several, one in turn, the chair, or another group's: no finding.
    @Test(arguments: [
        "Individforum sammankallas av enhetschef inom socialtjänsten.",
        "Individforum sammankallas av chef på socialtjänsten.",
        "Socialtjänstens enhetschef kallar till individforum.",
        "Sammankallande för individforum är enhetschef på socialförvaltningen.",
        "Socialtjänsten ansvarar för att kalla till individforum inom 14 dagar.",
        "BUP deltar i individforum, som sammankallas av socialtjänsten.",
        "Individforum sammankallas av socialtjänsten eller BUP.",
        "Sammankallande för individforum växlar mellan socialtjänsten och BUP.",
        "Ordföranden i individforum är också sammankallande.",
        "Arbetsgruppen sammankallas av BUP.",
        "Alla parter kan begära att individforum sammankallas.",
    ]) func aConvenerTheTextAndTheFrontMatterAgreeOnIsNone(sentence: String) {
        assertFindings(in: Self.body(sentence), [])
    }

    /// Principal deviations sent to someone other than `mottagare` (or another name of the same body): one
    /// finding at the sentence, whose hint followed literally leaves none.
    @Test func principalDeviationsReportedElsewhereAreFound() {
        let text = Self.body("Principiella avvikelser rapporteras till Storsthlm.")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says questions of a principal nature do not go to the receiver, but the front matter says `mottagare: BUSSAM`"),
        ])
        assertFindings(in: Self.body("Principiella avvikelser rapporteras till BUSSAM.").replacing("1️⃣", with: ""), [])
    }

    /// Principal questions kept local: they do not go to the receiver either.
    @Test(arguments: [
        "Frågor av principiell karaktär avgörs av styrgruppen och skickas inte vidare.",
        "Vi använder ingen blankett: principiella frågor tas upp muntligt på styrgruppens möten och stannar där.",
    ]) func principalDeviationsKeptLocalAreFound(sentence: String) {
        assertFindings(in: Self.body(sentence), [
            ExpectedFinding("1️⃣", "BUS023", "the text says questions of a principal nature do not go to the receiver, but the front matter says `mottagare: BUSSAM`"),
        ])
    }

    @Test func principalDeviationsSentElsewhereAreFound() {
        let text = Self.body("Frågor av principiell karaktär skickas till kommunens kvalitetsavdelning, som avgör om de ska vidare.")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says questions of a principal nature do not go to the receiver, but the front matter says `mottagare: BUSSAM`"),
        ])
        #expect(found.map(\.hint?.sv) == ["Skriv om meningen så att den säger att frågor av principiell karaktär skickas på avvikelseblanketten till BUSSAM."])
        assertFindings(in: Self.body("Frågor av principiell karaktär skickas på avvikelseblanketten till BUSSAM."), [])
        assertFindings(in: Self.body("Frågor av principiell karaktär skickas till BUSSAM:s sekretariat."), [])
        assertFindings(in: Self.body("Styrgruppen beslutar i frågor av principiell karaktär och ger uppdrag till arbetsgruppen."), [])
    }

    /// "när det finns behov" and "om behov uppstår" are on demand as much as "vid behov".
    @Test(arguments: ["när det finns behov", "om det finns behov", "om behov uppstår"])
    func theFollowUpOnDemandInOtherWordsIsFound(said: String) {
        let text = Self.followUp("Överenskommelsen följs upp av styrgruppen \(said).")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the agreement is followed up only \"\(said)\", but the front matter says `uppföljning.per: år`"),
        ])
        let found = Fixture.check(MarkedText(text).text).filter { $0.ruleID == "BUS023" }
        #expect(found.map(\.hint?.sv) == ["Skriv ”minst en gång per år” i stället för ”\(said)”."])
        assertFindings(in: MarkedText(text).text.replacing(said, with: "minst en gång per år"), [])
    }

    /// Fixed meetings further apart than the deadline, where the text gives no deadline: a case waits
    /// for the next meeting. Rewritten with the deadline, as the hint asks, there is no finding.
    @Test func aForumMeetingOnlyMonthlyIsFound() {
        let text = Self.body("Individforum träffas en gång i månaden och tar då upp de ärenden som anmälts.")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the individforum meets \"en gång i månaden\", so that a case may wait for the next meeting, but the front matter says `inom-dagar: 14`"),
        ])
        #expect(found.map(\.hint?.sv) == ["Skriv om meningen: regelverket kräver att individforum hålls inom 14 dagar."])
        assertFindings(in: MarkedText(text).text.replacing("Individforum träffas en gång i månaden och tar då upp de ärenden som anmälts.",
                                                           with: "Individforum hålls inom 14 dagar från att behovet har uppmärksammats."), [])
    }

    /// "nästa ordinarie möte", where no sentence of the forum gives the deadline: a case waits. Rewritten
    /// with the deadline, as the hint asks, there is no finding.
    @Test func aCaseWaitingForTheNextRegularMeetingIsFound() {
        let text = Self.body("Ärendet tas upp på nästa ordinarie möte i individforum.")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says a case is taken up at the individforum's \"nästa ordinarie möte\", which may be further off than the deadline, but the front matter says `inom-dagar: 14`"),
        ])
        #expect(found.map(\.message.sv) == ["texten säger att ett ärende tas upp på individforums ”nästa ordinarie möte”, som kan ligga längre fram än fristen, men YAML-huvudet säger `inom-dagar: 14`"])
        #expect(found.map(\.hint?.sv) == ["Skriv om meningen: regelverket kräver att individforum hålls inom 14 dagar."])
        assertFindings(in: MarkedText(text).text.replacing("Ärendet tas upp på nästa ordinarie möte i individforum.",
                                                           with: "Ärendet tas upp i individforum inom 14 dagar."), [])
    }

    /// Fixed meetings beside the deadline the text gives, on demand besides, or often enough: no finding.
    @Test(arguments: [
        "Individforum träffas en gång i månaden. Vid behov hålls individforum inom 14 dagar.",
        "Individforum träffas en gång i månaden och därutöver vid behov.",
        "Individforum träffas varje vecka.",
        "Ärendet tas upp på nästa ordinarie möte i individforum eller vid behov tidigare.",
        "Styrgruppen tar upp frågan på nästa ordinarie möte.",
        // A cadence of something else, and a meeting word only inside a compound.
        "Utbildningsförvaltningen skickar inbjudan varje höst och informerar om individforum vid rektorsträffarna.",
    ]) func fixedForumMeetingsBesideTheDeadlineAreNone(sentence: String) {
        assertFindings(in: Self.body(sentence), [])
    }

    /// The deadline in the sentence's own words: "inom 14 arbetsdagar" is 20 days, but it is what was written.
    @Test(arguments: [("inom tre veckor", "inom tre veckor"), ("inom 14 arbetsdagar", "inom 14 arbetsdagar"),
                      // A span's longer end, and the longest of the meeting's deadlines.
                      ("normalt inom två till tre veckor", "inom två till tre veckor"),
                      ("inom två veckor, dock senast tre veckor om ett lov infaller", "senast tre veckor")])
    func aLongerForumDeadlineInTheForumsOwnSectionIsFound(deadline: String, said: String) {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "## BUS individforum\n1️⃣Mötet hålls \(deadline).\n\n## Samtycke\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the individforum meets \"\(said)\", but the front matter says `inom-dagar: 14`"),
        ])
        #expect(found.map(\.message.sv) == ["texten säger att individforum hålls ”\(said)”, men YAML-huvudet säger `inom-dagar: 14`"])
    }

    /// The deadline in the sentence after one about the individforum, in its paragraph: "Mötet", "Man" is
    /// the forum's meeting.
    @Test(arguments: [("Mötet ska hållas inom tre veckor från det att behovet har uppmärksammats.", "inom tre veckor"),
                      ("Mötet ska äga rum inom 3 veckor.", "inom 3 veckor"),
                      ("Man bör träffas inom en månad från det att behovet har uppmärksammats.", "inom en månad"),
                      ("Inom en månad från det att behovet har uppmärksammats ska mötet ha hållits.", "Inom en månad")])
    func aLongerForumDeadlineInTheSentenceAfterTheForumsIsFound(sentence: String, said: String) {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "## Samverkan\nIndividforum sammankallas vid behov av enhetschef på socialtjänsten. 1️⃣\(sentence)\n\n## Samtycke\n")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the individforum meets \"\(said)\", but the front matter says `inom-dagar: 14`"),
        ])
        // In another paragraph, the meeting is no longer the forum's.
        assertFindings(in: MarkedText(text).text.replacing("socialtjänsten. ", with: "socialtjänsten.\n\n"), [])
    }

    @Test(arguments: [
        "Muntligt samtycke räcker inte; samtycket ska vara skriftligt.",
        // The refusal further on than the words around the oral ones.
        "Ett samtycke som bara har getts muntligt eller per telefon räcker inte.",
        "Samtycke som vårdnadshavaren har lämnat muntligt vid ett hembesök godtas inte.",
        // The chair's rotation a few words after its verb is no cadence of the meetings.
        "Styrgruppen träffas en gång på hösten och en gång på våren och ordförandeskapet växlar mellan kommun och region varje år.",
        "Samtycke inhämtas alltid skriftligt och aldrig muntligt.",
        "Samtycke inhämtas skriftligt efter att vårdnadshavarna har informerats muntligt.",
        "Styrgruppen träffas fyra gånger per år.",
        "Styrgruppen följer upp överenskommelsen en gång per år.",
        "De fristående skolorna bjuds in till ett av styrgruppens möten en gång om året.",
        "Barn under 18 år omfattas varje år av överenskommelsen.",
        // A follow-up word that ends its sentence (it once trapped: no word after it to look at).
        "Överenskommelsen ska varje år utvärderas",
    ]) func whatOnlyLooksLikeAContradictionIsNone(sentence: String) {
        assertFindings(in: Self.body(sentence.replacingOccurrences(of: "1️⃣", with: "")), [])
    }

    @Test func aDeadlineForSomethingElseInTheForumSectionIsNone() {
        let text = Fixture.valid.replacing("## Samtycke\n", with: "## BUS individforum\nBeslutade insatser ska starta inom fyra veckor.\n\n## Samtycke\n")
        assertFindings(in: text, [])
        let minutes = Fixture.valid.replacing("## Samtycke\n", with: "## BUS individforum\nMötet hålls inom två veckor och protokollet skickas senast inom tre veckor.\n\n## Samtycke\n")
        assertFindings(in: minutes, [])
    }

    /// The body with its follow-up sentence ("… varje år") replaced.
    static func followUp(_ sentence: String) -> String {
        Fixture.valid.replacing("Styrgruppen följer upp överenskommelsen varje år.", with: "1️⃣" + sentence)
    }

    /// A standing group or the follow-up whose only cadence in the text is "vid behov": one finding,
    /// whose hint writes what the front matter says in the phrase's place.
    @Test(arguments: [
        (body("Styrgruppen sammanträder när behov uppstår."), "the steering group meets only when needed", "möten: { minst: 1, per: termin }",
         "minst en gång per termin", "när behov uppstår"),
        (body("Vid behov träffas styrgruppen."), "the steering group meets only when needed", "möten: { minst: 1, per: termin }",
         "minst en gång per termin", "vid behov"),
        (body("Samverkan sker i styrgruppen, som möts vid behov, och i arbetsgruppen, som möts varje månad."),
         "the steering group meets only when needed", "möten: { minst: 1, per: termin }", "minst en gång per termin", "vid behov"),
        (body("Arbetsgruppen träffas när det behövs."), "the working group meets only when needed", "möten: { minst: 2, per: termin }",
         "minst två gånger per termin", "när det behövs"),
        // One verb for two groups: the second takes it over after "och", or after the first's cadence.
        (body("Styrgruppen sammanträder vid behov och arbetsgruppen minst två gånger per termin."),
         "the steering group meets only when needed", "möten: { minst: 1, per: termin }", "minst en gång per termin", "vid behov"),
        (body("Styrgruppen träffas minst en gång per termin, arbetsgruppen när den behövs."),
         "the working group meets only when needed", "möten: { minst: 2, per: termin }", "minst två gånger per termin", "när den behövs"),
        (Fixture.valid.replacing("## Samtycke\n", with: "## BUS lokal styrgrupp\n1️⃣Gruppen ses vid behov.\n\n## Samtycke\n"),
         "the steering group meets only when needed", "möten: { minst: 1, per: termin }", "minst en gång per termin", "vid behov"),
        (followUp("Styrgruppen följer upp överenskommelsen vid behov."), "the agreement is followed up only \"vid behov\"",
         "uppföljning.per: år", "minst en gång per år", "vid behov"),
        (followUp("Uppföljning sker när behov uppstår."), "the agreement is followed up only \"när behov uppstår\"",
         "uppföljning.per: år", "minst en gång per år", "när behov uppstår"),
        // Only when it is revised or runs out: no yearly follow-up either.
        (followUp("Överenskommelsen följs upp när den revideras."), "the agreement is followed up only \"när den revideras\"",
         "uppföljning.per: år", "minst en gång per år", "när den revideras"),
        (followUp("Styrgruppen följer upp överenskommelsen innan den löper ut."), "the agreement is followed up only \"innan den löper ut\"",
         "uppföljning.per: år", "minst en gång per år", "innan den löper ut"),
    ]) func anOnDemandCadenceIsOneFindingWhoseHintFixesIt(text: String, says: String, key: String, cadence: String, said: String) {
        assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS023", "the text says \(says), but the front matter says `\(key)`")])
        let found = Fixture.check(MarkedText(text).text).filter { $0.ruleID == "BUS023" }
        #expect(found.map(\.hint?.en) == ["Write \"\(cadence)\" instead of \"\(said)\"."])
        #expect(found.map(\.hint?.sv) == ["Skriv ”\(cadence)” i stället för ”\(said)”."])
        // The hint applied literally, as a user would (the phrase at a sentence's start with a capital).
        let original = MarkedText(text).text
        let fixed = original.contains(said) ? original.replacingOccurrences(of: said, with: cadence)
            : original.replacing(said.prefix(1).uppercased() + said.dropFirst(), with: cadence.prefix(1).uppercased() + cadence.dropFirst())
        assertFindings(in: fixed, [])
    }

    /// A sentence naming the steering group by the name the agreement gives it (`namn: BUS-gruppen`,
    /// "ledningsgruppen för BUS" for `namn: BUS ledningsgrupp`) says how that group meets; where the
    /// agreement gives no group that name, the same sentence names none.
    @Test(arguments: [
        ("BUS-gruppen", "BUS-gruppen träffas vid behov.", "meets only when needed"),
        ("BUS-gruppen i Testområdet", "BUS-gruppen ses en gång per år.", "meets \"en gång per år\""),
        ("BUS ledningsgrupp", "Ledningsgruppen för BUS träffas en gång per år.", "meets \"en gång per år\""),
        // Without its "BUS", as people say it.
        ("BUS ledningsgrupp", "Ledningsgruppen träffas en gång om året.", "meets \"en gång om året\""),
        ("BUS ledningsgrupp Testområdet", "Ledningsgruppen sammanträder vid behov.", "meets only when needed"),
    ])
    func aGroupNamedAsTheAgreementNamesItIsThatGroup(name: String, sentence: String, says: String) {
        let named = Self.body(sentence).replacing("namn: BUS lokal styrgrupp\n", with: "namn: \(name)\n")
        #expect(named != Self.body(sentence))
        assertFindings(in: named, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the steering group \(says), but the front matter says `möten: { minst: 1, per: termin }`"),
        ])
        assertFindings(in: Self.body(sentence), [])
    }

    /// The group a sentence is about when its name stands far from the meeting word ("Ledningsgruppen
    /// består av chefer med mandat och träffas …"), and a name the agreement gives a group that is also
    /// another kind's word (a working group named "Samrådsgruppen"): each is the agreement's own group.
    @Test(arguments: [
        // (the steering group's name, the working group's name, the sentence, the kind it speaks of, its cadence)
        ("BUS ledningsgrupp Testområdet", "BUS arbetsgrupp", "Ledningsgruppen består av chefer med mandat och träffas en gång per år.", "styrgrupp", "{ minst: 1, per: termin }"),
        ("BUS lokal styrgrupp", "BUS arbetsgrupp", "Styrgruppen består av chefer med mandat och träffas en gång per år.", "styrgrupp", "{ minst: 1, per: termin }"),
        ("BUS lokal styrgrupp", "Samrådsgruppen", "Samrådsgruppen träffas en gång per år.", "arbetsgrupp", "{ minst: 2, per: termin }"),
        ("BUS lokal styrgrupp", "Samverkansgruppen BUS", "Samverkansgruppen, med representanter från alla parter, träffas vid behov.", "arbetsgrupp", "{ minst: 2, per: termin }"),
    ])
    func aGroupIsReadAsTheAgreementNamesIt(steering: String, working: String, sentence: String, kind: String, cadence: String) {
        let says = sentence.contains("vid behov") ? "meets only when needed" : "meets \"en gång per år\""
        let text = Self.body(sentence).replacing("namn: BUS lokal styrgrupp\n", with: "namn: \(steering)\n")
            .replacing("namn: BUS arbetsgrupp\n", with: "namn: \(working)\n")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the \(kind == "styrgrupp" ? "steering group" : "working group") \(says), but the front matter says `möten: \(cadence)`"),
        ])
        // Said as often as the front matter says: no finding, whichever name the text uses.
        let agreeing = kind == "styrgrupp" ? "minst en gång per termin" : "minst två gånger per termin"
        let fixed = text.replacing(sentence.contains("vid behov") ? "vid behov" : "en gång per år", with: agreeing)
        assertFindings(in: fixed, [])
    }

    /// The ordinary names in a realistic text, each the group the agreement names so: no finding.
    @Test func ordinaryGroupNamesAreNoFinding() {
        let text = Fixture.valid.replacing("namn: BUS lokal styrgrupp\n", with: "namn: BUS ledningsgrupp Testområdet\n")
            .replacing("namn: BUS arbetsgrupp\n", with: "namn: Samverkansgruppen\n")
            .replacing("## Samtycke\n", with: """
                ## Organisation
                Ledningsgruppen består av chefer med mandat och träffas minst en gång per termin. Samverkansgruppen
                träffas två gånger per halvår och arbetar på uppdrag av ledningsgruppen. Styrgruppen äger den årliga
                uppföljningen. Samrådsgruppen för barns och ungas hälsa träffas två gånger per termin.

                ## Samtycke

                """)
        assertFindings(in: text, [])
    }

    /// A sentence on demand both for the group and the follow-up is one finding, not two.
    @Test func bothOnDemandInOneSentenceIsOneFinding() {
        assertFindings(in: Self.followUp("Styrgruppen möts vid behov och följer då upp överenskommelsen."), [
            ExpectedFinding("1️⃣", "BUS023", "the text says the agreement is followed up only \"vid behov\", but the front matter says `uppföljning.per: år`"),
        ])
    }

    /// On demand on top of a cadence, said elsewhere, or about someone else: no finding.
    @Test(arguments: [
        body("Styrgruppen möts minst en gång per termin och därutöver vid behov."),
        // Four meetings a year are two a term: more than the front matter asks, said as a noun.
        body("Styrgruppen har fyra möten per år."),
        body("Arbetsgruppen har sex träffar om året."),
        body("Styrgruppen möts vid behov och minst en gång per termin."),
        body("Extra möten kan kallas vid behov."),
        body("Vid behov bjuds andra in till styrgruppens möten."),
        body("Styrgruppen kan vid behov träffas oftare."),
        body("Arbetsgruppen träffas även vid behov."),
        body("Styrgruppen möts två gånger per termin. Gruppen kan träffas vid behov."),
        body("Individforum sammankallas vid behov av enhetschefen för barn och unga."),
        body("Rektorer och andra chefer bjuds in vid behov."),
        body("Där upprättas tillfälliga arbetsgrupper kring särskilda frågor vid behov."),
        body("Styrgruppen träffas inte bara vid behov."),
        body("Ärendet följs upp vid behov i individforum."),
        Fixture.valid + "\nVid behov görs en fördjupad uppföljning av överenskommelsen.\n",
        followUp("Styrgruppen följer upp överenskommelsen en gång per år och därutöver vid behov."),
    ]) func onDemandBesideACadenceIsNone(text: String) {
        assertFindings(in: text.replacingOccurrences(of: "1️⃣", with: ""), [])
    }

    // MARK: How long the agreement is valid

    static func validity(_ sentence: String, until: String) -> String {
        Fixture.valid.replacing("  till: tillsvidare\n", with: "  till: \(until)\n")
            .replacing("## Uppföljning av överenskommelsen\n", with: "## Giltighetstid\n1️⃣\(sentence)\n\n## Uppföljning av överenskommelsen\n")
    }

    /// `till: tillsvidare` under a text that gives a last day, however it writes it: one finding at the
    /// sentence, quoting the words; either half of the hint, applied literally, checks clean.
    @Test(arguments: [
        ("Överenskommelsen gäller fr.o.m. 2020-01-01 t.o.m. 2027-12-31 och omförhandlas vid behov.", "t.o.m. 2027-12-31", "2027-12-31"),
        ("Denna överenskommelse gäller från den 1 januari 2020 till och med den 31 december 2027.", "till och med den 31 december 2027", "2027-12-31"),
        ("Avtalet är giltigt 2020-01-01–2028-06-30.", "2020-01-01–2028-06-30", "2028-06-30"),
        ("Gäller till utgången av 2028.", "till utgången av 2028", "2028-12-31"),
        ("Överenskommelsen upphör att gälla den 30 juni 2027 om den inte förnyas.", "upphör att gälla den 30 juni 2027", "2027-06-30"),
        // The last day after when it starts, and after "löper".
        ("Överenskommelsen börjar gälla den 28 februari 2020 och gäller till och med den 31 december 2028.", "till och med den 31 december 2028", "2028-12-31"),
        ("Överenskommelsen börjar gälla den 28 februari 2020 och löper till och med utgången av år 2028.", "till och med utgången av år 2028", "2028-12-31"),
    ]) func aLastDayUnderUntilFurtherNoticeIsOneFinding(sentence: String, said: String, last: String) {
        let text = Self.validity(sentence, until: "tillsvidare")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the agreement is valid \"\(said)\", but the front matter says `till: tillsvidare`"),
        ])
        #expect(found.first?.hint?.sv == "Skriv `till: \(last)` under `giltighet` i YAML-huvudet, eller ”tills vidare” i stället för ”\(said)” i meningen.")
        assertFindings(in: MarkedText(text).text.replacing("  till: tillsvidare\n", with: "  till: \(last)\n"), [])
        assertFindings(in: MarkedText(text).text.replacing(said, with: "tills vidare"), [])
    }

    /// A time it is valid for, under `till: tillsvidare`: one finding; the hint's last day is counted from
    /// `från` (2025-07-01), and either half, applied literally, checks clean.
    @Test(arguments: [
        ("Överenskommelsen gäller i tre år från undertecknandet.", "i tre år", "2028-06-30"),
        ("Överenskommelsen gäller under 30 månader.", "under 30 månader", "2027-12-31"),
    ]) func aTimeUnderUntilFurtherNoticeIsOneFinding(sentence: String, said: String, last: String) {
        let text = Self.validity(sentence, until: "tillsvidare").replacing("  från: 2020-01-01\n", with: "  från: 2025-07-01\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the agreement is valid \"\(said)\", but the front matter says `till: tillsvidare`"),
        ])
        #expect(found.first?.hint?.sv == "Skriv `till: \(last)` under `giltighet` i YAML-huvudet, eller ”tills vidare” i stället för ”\(said)” i meningen.")
        assertFindings(in: MarkedText(text).text.replacing("  till: tillsvidare\n", with: "  till: \(last)\n"), [])
        assertFindings(in: MarkedText(text).text.replacing(said, with: "tills vidare"), [])
    }

    /// Another last day than `till:`; the hint writes the date in the sentence's own style, a year where
    /// it writes a year.
    @Test(arguments: [
        ("Överenskommelsen gäller från den 1 januari 2020 till och med den 30 juni 2027.", "till och med den 30 juni 2027", "30 juni 2027", "31 december 2027", "2027-06-30"),
        ("Överenskommelsen gäller t.o.m. 2027-06-30.", "t.o.m. 2027-06-30", "2027-06-30", "2027-12-31", "2027-06-30"),
        ("Överenskommelsen löper till och med utgången av år 2029.", "till och med utgången av år 2029", "2029", "2027", "2029-12-31"),
    ]) func anotherLastDayIsOneFinding(sentence: String, said: String, date: String, written: String, last: String) {
        let text = Self.validity(sentence, until: "2027-12-31")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the agreement is valid \"\(said)\", but the front matter says `till: 2027-12-31`"),
        ])
        #expect(found.first?.hint?.sv == "Skriv `till: \(last)` under `giltighet` i YAML-huvudet, eller ”\(written)” i stället för ”\(date)” i meningen.")
        assertFindings(in: MarkedText(text).text.replacing(date, with: written), [])
        assertFindings(in: MarkedText(text).text.replacing("  till: 2027-12-31\n", with: "  till: \(last)\n"), [])
    }

    /// Until terminated is until further notice.
    @Test(arguments: [("Överenskommelsen gäller tills den sägs upp.", "tills den sägs upp"),
                      ("Överenskommelsen gäller till dess att någon part säger upp den.", "till dess att någon part säger upp den")])
    func untilTerminatedUnderADateIsOneFinding(sentence: String, said: String) {
        let text = Self.validity(sentence, until: "2027-12-31")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the agreement is valid \"\(said)\", but the front matter says `till: 2027-12-31`"),
        ])
        #expect(found.first?.hint?.sv == "Skriv `till: tillsvidare` under `giltighet` i YAML-huvudet, eller ”till och med 2027-12-31” i stället för ”\(said)” i meningen.")
        assertFindings(in: MarkedText(text).text.replacing("  till: 2027-12-31\n", with: "  till: tillsvidare\n"), [])
        assertFindings(in: MarkedText(text).text.replacing(said, with: "till och med 2027-12-31"), [])
    }

    /// "Tills vidare" under a date no sentence gives as the last day.
    @Test func untilFurtherNoticeUnderADateIsOneFinding() {
        let text = Self.validity("Överenskommelsen gäller från den 1 januari 2020 och tills vidare.", until: "2027-12-31")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS023", "the text says the agreement is valid \"tills vidare\", but the front matter says `till: 2027-12-31`"),
        ])
        #expect(found.first?.hint?.sv == "Skriv `till: tillsvidare` under `giltighet` i YAML-huvudet, eller ”till och med 2027-12-31” i stället för ”tills vidare” i meningen.")
        assertFindings(in: MarkedText(text).text.replacing("tills vidare", with: "till och med 2027-12-31"), [])
    }

    /// What says nothing of this agreement's last day, or agrees with it: another agreement, a past
    /// tense, an extension, a year that holds the day, a last day and a "tills vidare" beside it.
    @Test(arguments: [
        ("Den tidigare överenskommelsen gäller t.o.m. 2019-12-31.", "tillsvidare"),
        ("Överenskommelsen ersätter den som gällde till och med 2019-12-31.", "tillsvidare"),
        ("HÖK, som gäller till och med 2030-12-31, ligger till grund för överenskommelsen.", "tillsvidare"),
        ("Övergångsbestämmelsen i lagen gäller till och med den 30 juni 2026.", "tillsvidare"),
        ("Överenskommelsen gäller t.o.m. 2026-12-31 och förlängs därefter ett år i taget.", "tillsvidare"),
        ("Överenskommelsen gäller t.o.m. 2027, därefter omförhandlas den.", "2027-12-31"),
        ("Överenskommelsen gäller till och med 2027-12-31. Därefter gäller den tills vidare med sex månaders uppsägning.", "2027-12-31"),
        ("Överenskommelsen gäller till dess att en ny har beslutats.", "2027-12-31"),
        ("Överenskommelsen gäller från undertecknandet och tillsvidare.", "tillsvidare"),
        ("Överenskommelsen gäller barn och unga under 18 år.", "tillsvidare"),
        ("Överenskommelsen gäller i tre år och därefter tills vidare.", "tillsvidare"),
    ]) func whatSaysNothingElseIsNone(sentence: String, until: String) {
        assertFindings(in: Self.validity(sentence, until: until).replacing("1️⃣", with: ""), [])
    }

    /// "t.o.m." before a date ends no sentence: the date is read with the words before it.
    @Test func aDottedAbbreviationBeforeADateEndsNoSentence() {
        var body = Body()
        body.markdown = "Gäller t.o.m. 2027-12-31 och bl.a. skolan. Samt utbildning m.m. Styrgruppen möts.\n"
        #expect(Sentences.of(body).map(\.words.count) == [11, 4, 2])
    }

    /// "14 kap. 1 §", "kl. 9": a word shortened with one period before a number or a small letter ends
    /// no sentence; before a capital it does ("enligt 5 kap. Socialtjänsten …").
    @Test func aShortenedWordBeforeANumberEndsNoSentence() {
        var body = Body()
        body.markdown = "Anmälan görs enligt 14 kap. 1 § socialtjänstlagen. Mötet börjar kl. 9 i aulan. Det följer av 5 kap. Socialtjänsten svarar.\n"
        #expect(Sentences.of(body).map(\.words.count) == [7, 6, 5, 2])
    }
}
