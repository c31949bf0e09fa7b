import BUSDocsKit
import Testing

@Suite struct BUS014ReferencesTests {
    @Test func everyReferenceResolves() {
        assertFindings(in: Fixture.valid, [])
    }

    /// A party whose id is written in capitals (`BUP`, BUS019's error) and references that name it by
    /// its name (`bup-teststad` for "BUP Teststad"): the references' hint offers the id as it is to be
    /// written (`bup`), never the invalid one, so that both hints applied make the agreement check clean.
    @Test func anInvalidIdIsNeverOfferedToItsReferences() {
        let text = Fixture.valid.replacing("  - id: bup\n", with: "  - id: 1️⃣BUP\n")
            .replacing("      - { part: bup, roll: Verksamhetschef }", with: "      - { part: 2️⃣bup-teststad, roll: Verksamhetschef }")
            .replacing("      - { part: bup, roll: Enhetschef }", with: "      - { part: 3️⃣bup-teststad, roll: Enhetschef }")
            .replacing("  - { part: bup, roll: Verksamhetschef }", with: "  - { part: 4️⃣bup-teststad, roll: Verksamhetschef }")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "id `BUP` may only contain a–z, å, ä, ö, 0–9 and -"),
            ExpectedFinding("2️⃣", "BUS014", "unknown party `bup-teststad` (3 references)",
                            notes: [ExpectedNote("3️⃣", "a reference to the same unknown party `bup-teststad`"),
                                    ExpectedNote("4️⃣", "a reference to the same unknown party `bup-teststad`")]),
        ])
        #expect(found.first?.hint?.sv.contains("t.ex. `bup`, här och överallt där id:t nämns") == true)
        #expect(found.last?.fix?.replacement == "bup")
        #expect(found.last?.hint?.en == "Did you mean `bup`? Change all 3 references.")
        let fixed = MarkedText(text).text.replacingOccurrences(of: "id: BUP\n", with: "id: bup\n").replacingOccurrences(of: "bup-teststad", with: "bup")
        assertFindings(in: fixed, [])
    }

    /// The same party twice with the same role in one group (a copied line, or a hint applied to the
    /// wrong party) is one warning at the second seat, with the first as a note; two roles are two seats.
    @Test func aPartyTwiceWithTheSameRoleInOneGroupIsAWarning() {
        let text = Fixture.valid.replacing("      - { part: sof, roll: Enhetschef }\n      - { part: bup, roll: Enhetschef }\n",
                                           with: "      - { part: sof, roll: Enhetschef }\n      - { part: 2️⃣bup, roll: Enhetschef }\n      - { part: 1️⃣bup, roll: Enhetschef }\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS014", "`bup` is listed twice with the same role among the members of BUS arbetsgrupp", .warning,
                            notes: [ExpectedNote("2️⃣", "the party's first seat in the group")]),
        ])
        #expect(found.first?.message.sv == "`bup` står två gånger med samma roll bland ledamöterna i BUS arbetsgrupp")
        let twoRoles = Fixture.valid.replacing("      - { part: sof, roll: Enhetschef }\n      - { part: bup, roll: Enhetschef }\n",
                                               with: "      - { part: sof, roll: Enhetschef }\n      - { part: sof, roll: Socialsekreterare }\n      - { part: bup, roll: Enhetschef }\n")
        assertFindings(in: twoRoles, [])
    }

    /// The fixture with the parties' ids a municipality might choose (`soc`, `bup-sodertalje`), every
    /// reference to them changed too.
    static let localIDs: String = {
        var text = Fixture.valid
        for (old, new) in [("sof", "soc"), ("skola", "uk"), ("bup", "bup-sodertalje"), ("hab", "hab-sodertalje"), ("bumm", "bumm-sodertalje")] {
            text = text.replacing("  - id: \(old)\n", with: "  - id: \(new)\n").replacingOccurrences(of: "part: \(old),", with: "part: \(new),")
        }
        return text
    }()

    /// Parties' ids where the SIP routine's services belong: one finding for the list — not BUS009's
    /// "may not call" nor one unknown service per id — whose hint is the list with the services those
    /// parties provide, which applied literally checks clean. A list that names a party among services
    /// likewise; a list of services is untouched.
    @Test(arguments: [
        ("[1️⃣soc, uk, bup-sodertalje, hab-sodertalje, bumm-sodertalje]",
         "the parties `soc`, `uk`, `bup-sodertalje`, `hab-sodertalje` and `bumm-sodertalje`", "parterna",
         "initierar: [socialtjanst, utbildning, elevhalsa, bup, hab, bumm]"),
        ("\n    - 1️⃣soc\n    - uk\n    - bup-sodertalje\n    - hab-sodertalje\n    - bumm-sodertalje",
         "the parties `soc`, `uk`, `bup-sodertalje`, `hab-sodertalje` and `bumm-sodertalje`", "parterna",
         "initierar: [socialtjanst, utbildning, elevhalsa, bup, hab, bumm]"),
        ("[socialtjanst, 1️⃣uk, bup, hab, bumm]", "the party `uk`", "parten",
         "initierar: [socialtjanst, utbildning, elevhalsa, bup, hab, bumm]"),
    ])
    func partiesWhereServicesBelongInTheSIPRoutineAreOneFinding(list: String, parties: String, svParties: String, fixed: String) {
        let text = Self.localIDs.replacing("  initierar: [socialtjanst, utbildning, bup, hab, bumm]", with: "  initierar: " + list)
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS014", "`initierar` names \(parties), where services belong"),
        ])
        #expect(found.first?.hint?.sv == "Skriv de verksamheter \(svParties) står för: `\(fixed)`.")
        #expect(found.first?.hint?.en == "Write the services \(svParties == "parten" ? "the party provides" : "the parties provide"): `\(fixed)`.")
        let written = MarkedText(text).text
        let listStart = written.range(of: "  initierar:")!
        let listEnd = written.range(of: "\n  skolan:")!
        assertFindings(in: written.replacingCharacters(in: listStart.lowerBound..<listEnd.lowerBound, with: "  " + fixed), [])
        assertFindings(in: Self.localIDs, [])
    }

    @Test func unknownPartySuggestsTheNearestID() {
        let text = Fixture.valid.replacing("{ part: skola, roll: Grundskolechef }", with: "{ part: 1️⃣skolan, roll: Grundskolechef }")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS014", "unknown party `skolan`")])
        #expect(found.first?.message.en == "unknown party `skolan`")
        #expect(found.first?.hint?.en == "Did you mean `skola`?")
    }

    /// A chair's turns name the principals as people write them — "Kommunen", "regionen" — and are read
    /// as `kommun` and `region`: no finding. A party with that id is still that party.
    @Test(arguments: ["[Kommunen, regionen]", "[KOMMUN, Region]", "[kommunen, region]"])
    func chairTurnsInTheDefiniteFormAreThePrincipals(turns: String) throws {
        assertFindings(in: Fixture.valid.replacing("ordförande: { växlar: [kommun, region] }", with: "ordförande: { växlar: \(turns) }"), [])
        let parsed = Fixture.parse(Fixture.valid.replacing("ordförande: { växlar: [kommun, region] }", with: "ordförande: { växlar: \(turns) }"))
        let chair = try #require(parsed?.groups.first { $0.chair != nil }?.chair?.value)
        guard case .rotating(let order, _) = chair else { Issue.record("not rotating: \(chair)"); return }
        #expect(order.map(\.value) == [.principal(.municipality), .principal(.region)])
    }

    /// An unknown turn: the hint offers the principals as well as party ids, so following it keeps the
    /// agreement's meaning (principals taking turns).
    @Test func anUnknownChairTurnIsToldThePrincipalsToo() {
        let text = Fixture.valid.replacing("ordförande: { växlar: [kommun, region] }", with: "ordförande: { växlar: [1️⃣förvaltningen, region] }")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS014", "unknown party `förvaltningen`")])
        #expect(found.first?.hint?.sv == "Skriv `kommun` eller `region` när huvudmännen turas om, eller id för en part som finns i överenskommelsen.")
        #expect(found.first?.hint?.en == "Write `kommun` or `region` when the principals take turns, or the id of a party the agreement has.")
    }

    /// The BUP party's id changed (`psykiatri`) while the groups still say `bup`: no "did you mean
    /// `bumm`?", which would seat BUMM for BUP — only a party providing BUP may be offered.
    @Test func noDidYouMeanTowardsAPartyOfAnotherService() {
        let text = Fixture.valid.replacing("  - id: bup\n", with: "  - id: psykiatri\n")
        let found = Fixture.check(text).filter { $0.ruleID == "BUS014" }
        #expect(found.map(\.message.en) == ["unknown party `bup` (3 references)"])
        #expect(found.allSatisfy { $0.fix?.replacement != "bumm" })
    }

    /// A deleted BUP party: its references, `bup` or `bup-syd` as another area writes them, are the
    /// missing party's (BUS001 notes them), not three findings of their own.
    @Test func referencesToADeletedPartyAreTheMissingPartysNotes() {
        let text = Fixture.valid
            .replacing("  - id: bup\n    namn: BUP Teststad\n    huvudman: region\n    verksamheter: [bup]\n", with: "")
            .replacing("  - id: bumm\n", with: "  - id: bumm-syd\n")
            .replacing("{ part: bumm, roll: Verksamhetschef }", with: "{ part: bumm-syd, roll: Verksamhetschef }")
            .replacing("{ part: bup, roll: Verksamhetschef }", with: "{ part: bup-syd, roll: Verksamhetschef }")
        let findings = Fixture.check(text)
        #expect(findings.filter { $0.ruleID == "BUS014" }.isEmpty)
        #expect(findings.first { $0.ruleID == "BUS001" }?.notes.map(\.message.en)
            == ["a reference to the party as `bup-syd`", "a reference to the party as `bup`", "a reference to the party as `bup`"])
        // A typo of an id of the same service is still offered.
        let typo = text.replacing("{ part: bumm-syd, roll: Verksamhetschef }", with: "{ part: bumm-sy, roll: Verksamhetschef }")
        #expect(Fixture.check(typo).first { $0.message.en == "unknown party `bumm-sy`" }?.fix?.replacement == "bumm-syd")
    }

    /// A party that lost its `id`: one finding at the party saying which id to add, not "no party
    /// provides HAB" nor one per reference.
    @Test func aPartyWithoutIDIsOneFindingNamingTheIDItsReferencesUse() {
        let text = Fixture.valid.replacing("  - id: hab\n    namn: Habilitering & Hälsa", with: "  - 1️⃣namn: Habilitering & Hälsa")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS014", "the party has no `id`")])
        #expect(found.first?.message.sv == "parten saknar `id`")
        #expect(found.first?.hint?.sv == "Lägg till `id: hab`: grupperna och undertecknarna hänvisar till parten som `hab`.")
        #expect(found.first?.hint?.en == "Add `id: hab`: the groups and signatories refer to the party as `hab`.")
    }

    /// The same in a flow-style list item and with an id another area would write.
    @Test func aFlowPartyWithoutIDIsOneFinding() {
        let text = Fixture.valid
            .replacing("  - id: hab\n    namn: Habilitering & Hälsa\n    huvudman: region\n    verksamheter: [hab]",
                       with: "  - 1️⃣{ namn: Habilitering & Hälsa, huvudman: region, verksamheter: [hab] }")
            .replacing("{ part: hab, roll: Verksamhetschef }", with: "{ part: hab-nord, roll: Verksamhetschef }")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS014", "the party has no `id`")])
        #expect(found.first?.hint?.en == "Add `id: hab-nord`: the groups and signatories refer to the party as `hab-nord`.")
    }

    /// A party given another party's id: the repeated id is the one finding; the references to the id
    /// it lost are not reported one by one.
    @Test func aRepeatedIDHidesTheReferencesToTheLostOne() {
        let text = Fixture.valid.replacing("  - id: skola\n", with: "  - id: sof\n")
        let found = Fixture.check(text)
        #expect(found.map(\.ruleID) == ["BUS019"], "\(found.map(\.message.en))")
    }

    @Test func conveneFixedChairSignatoryAndTemplatesAreChecked() {
        let text = Fixture.valid
            .replacing("    ordförande: { växlar: [kommun, region] }", with: "    ordförande: { part: 1️⃣soc }")
            .replacing("    sammankallande: { part: sof, roll: Enhetschef }\n  - id: individforum", with: "    sammankallande: { part: 2️⃣bop, roll: Enhetschef }\n  - id: individforum")
            .replacing("    protokoll: individforum", with: "    protokoll: 3️⃣individform")
            .replacing("  blankett: avvikelseblankett", with: "  blankett: 4️⃣avvikelse")
            .replacing("  - { part: sof, roll: Avdelningschef }\n  - { part: bup", with: "  - { part: 5️⃣sf, roll: Avdelningschef }\n  - { part: bup")
            .replacing("mall: avvikelseblankett }", with: "mall: 6️⃣blankett }")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS014", "unknown party `soc`"),
            ExpectedFinding("2️⃣", "BUS014", "unknown party `bop`"),
            ExpectedFinding("3️⃣", "BUS014", "unknown protocol template `individform`"),
            ExpectedFinding("4️⃣", "BUS014", "unknown form `avvikelse`"),
            ExpectedFinding("5️⃣", "BUS014", "unknown party `sf`"),
            ExpectedFinding("6️⃣", "BUS014", "unknown template `blankett`"),
        ])
    }

    @Test func misspeltEscalationGroupIsReportedButCountyBodiesAreNot() {
        let text = Fixture.valid.replacing("eskalering: [individforum, BUSSAM]", with: "eskalering: [1️⃣individforom, BUSSAM]")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS014", "unknown step `individforom` in `eskalering`: neither a group of the agreement nor a county-wide body")])
        #expect(found.first?.hint?.en == "Did you mean `individforum`? The steps there are: styrgrupp, arbetsgrupp, individforum, BUSSAM.")
        #expect(found.first?.hint?.sv == "Menade du `individforum`? Stegen som finns: styrgrupp, arbetsgrupp, individforum, BUSSAM.")
        // The hint applied as written.
        assertFindings(in: text.replacing("1️⃣individforom", with: "individforum"), [])
    }

    /// The format's steps are the agreement's groups (by id, name or inflected) and county-wide bodies:
    /// a step that is neither — no typo of one — is no longer passed over; the hint lists the steps
    /// there are. A typo of a body ("BUSAM") is offered the body.
    @Test func anEscalationStepThatIsNoGroupOrBodyIsAFinding() {
        let text = Fixture.valid.replacing("eskalering: [individforum, BUSSAM]", with: "eskalering: [individforum, 1️⃣rektorsgruppen, styrgruppen, BUS lokal styrgrupp, 2️⃣BUSAM]")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS014", "unknown step `rektorsgruppen` in `eskalering`: neither a group of the agreement nor a county-wide body"),
            ExpectedFinding("2️⃣", "BUS014", "unknown step `BUSAM` in `eskalering`: neither a group of the agreement nor a county-wide body"),
        ])
        #expect(found.map(\.hint?.sv) == [
            "Skriv en grupp i överenskommelsen eller ett länsgemensamt organ: styrgrupp, arbetsgrupp, individforum, BUSSAM. Den som tar emot en avvikelse först skrivs i `första-steg`.",
            "Menade du `BUSSAM`? Stegen som finns: styrgrupp, arbetsgrupp, individforum, BUSSAM.",
        ])
        #expect(found.map(\.hint?.en) == [
            "Write a group of the agreement or a county-wide body: styrgrupp, arbetsgrupp, individforum, BUSSAM. Whoever takes a deviation first goes in `första-steg`.",
            "Did you mean `BUSSAM`? The steps there are: styrgrupp, arbetsgrupp, individforum, BUSSAM.",
        ])
        assertFindings(in: text.replacing("1️⃣rektorsgruppen, ", with: "").replacing("2️⃣BUSAM", with: "BUSSAM"), [])
    }

    @Test func unknownServiceIsAWarningWithSuggestion() {
        let text = Fixture.valid.replacing("verksamheter: [utbildning, elevhalsa]", with: "verksamheter: [utbildning, 1️⃣elevhälsa]")
        let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS014", "unknown service `elevhälsa`", .warning)])
        #expect(found.first?.hint?.en == "Did you mean `elevhalsa`?")
    }

    /// `[BUP]` and `[habilitering]` mean a service the rule set knows: one finding at the id, an error
    /// when the service is mandatory and no one else provides it, whose hint applied as written fixes it
    /// (no BUS001 asking for a second BUP party).
    @Test(arguments: [("[bup]", "[1️⃣BUP]", "BUP", "bup"), ("[hab]", "[1️⃣habilitering]", "habilitering", "hab"), ("[utbildning, elevhalsa]", "[utbildning, 1️⃣Elevhälsa]", "Elevhälsa", "elevhalsa")])
    func aServiceInOtherLettersOrWordsIsOneFinding(original: String, written: String, value: String, meant: String) {
        let text = Fixture.valid.replacing("verksamheter: \(original)", with: "verksamheter: \(written)")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS014", "unknown service `\(value)`", meant == "elevhalsa" ? .warning : .error),
        ])
        #expect(found.first?.hint?.en == "Did you mean `\(meant)`?")
        assertFindings(in: Fixture.valid, [])
    }

    /// `bum` is as near `bup` as `bumm`: the one not yet among the group's members is meant; when both
    /// are free, the hint names both and offers no edit.
    @Test func aTypoEquallyNearTwoPartiesPrefersTheOneMissingFromTheGroup() {
        let steering = Fixture.valid.replacing("      - { part: bumm, roll: Verksamhetschef }", with: "      - { part: 1️⃣bum, roll: Verksamhetschef }")
        let found = assertFindings(in: steering, [ExpectedFinding("1️⃣", "BUS014", "unknown party `bum`")])
        #expect(found.first?.hint?.sv == "Menade du `bumm`?")
        let working = Fixture.valid.replacing("      - { part: bup, roll: Enhetschef }", with: "      - { part: 1️⃣bum, roll: Enhetschef }")
        let both = assertFindings(in: working, [ExpectedFinding("1️⃣", "BUS014", "unknown party `bum`")])
        #expect(both.first?.hint?.sv == "Menade du `bumm` eller `bup`?")
        #expect(both.first?.hint?.en == "Did you mean `bumm` or `bup`?")
        #expect(both.first?.fix == nil)
    }
}
