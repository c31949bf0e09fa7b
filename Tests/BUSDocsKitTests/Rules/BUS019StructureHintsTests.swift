import BUSDocsKit
import Testing

/// Hints that, applied literally, fix the problem — and one finding for one problem.
@Suite struct BUS019StructureHintsTests {
    @Test func aPrincipalWrittenAsANameGetsTheValueAndNothingElse() {
        let text = Fixture.valid.replacing("  - id: bup\n    namn: BUP Teststad\n    huvudman: region", with: "  - id: bup\n    namn: BUP Teststad\n    huvudman: 1️⃣Region Stockholm")
        let found = Fixture.check(MarkedText(text).text)
        #expect(found.map(\.ruleID) == ["BUS019"], "\(found.map(\.message.en))")
        #expect(found.first?.hint?.sv.hasPrefix("Menade du `region`?") == true)
    }

    /// Word's autocorrect turned a list item's hyphen into a dash: one finding at the dash, whose hint,
    /// applied literally, checks clean — first item or later one, en dash or em dash.
    @Test(arguments: ["–", "—"]) func aListDashFromWordIsOneFindingWithTheHyphen(dash: String) {
        let later = Fixture.valid.replacing("  - id: bup\n", with: "  1️⃣\(dash) id: bup\n")
        let found = assertFindings(in: later, [
            ExpectedFinding("1️⃣", "BUS019", "the list item starts with a dash (`\(dash)`), not a hyphen (`-`), so YAML does not read it as a list item"),
        ])
        #expect(found.first?.hint?.sv == "Skriv ett bindestreck: `- id: bup`. Word gör ofta bindestreck till tankstreck när man skriver eller klistrar in.")
        assertFindings(in: Fixture.valid, [])
    }

    /// A party written without its `- ` is, to YAML, the party above it with every key twice. It is one
    /// finding at its first key — not one "written twice" per key, whose "remove one" would delete the
    /// party — and the party is read, so nothing reports it missing. The fix, applied, checks clean.
    @Test(arguments: [
        ("  - id: hab\n    namn: Habilitering & Hälsa\n", "    1️⃣id: hab\n    namn: Habilitering & Hälsa\n", "id: hab"),
        // Keys in another order: the repeated `namn` just before the `id` begins the party.
        ("  - id: hab\n    namn: Habilitering & Hälsa\n", "    1️⃣namn: Habilitering & Hälsa\n    id: hab\n", "namn: Habilitering & Hälsa"),
    ]) func aPartyWithoutItsDashIsOneFindingWhoseFixChecksClean(old: String, new: String, line: String) throws {
        let marked = Fixture.valid.replacing(old, with: new)
        let found = assertFindings(in: marked, [
            ExpectedFinding("1️⃣", "BUS019", "`\(line)` begins a new item of `parter` but has no `- ` before it"),
        ])
        #expect(found.first?.hint?.sv == "Skriv `- ` i de två blanktecknen före `\(line)`, så att raden blir `  - \(line)`.")
        let fix = try #require(found.first?.fix)
        let text = MarkedText(marked).text
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let index = fix.range.start.line - 1
        let from = lines[index].index(lines[index].startIndex, offsetBy: fix.range.start.column - 1)
        let to = lines[index].index(from, offsetBy: fix.original.count)
        #expect(String(lines[index][from..<to]) == fix.original)
        lines[index].replaceSubrange(from..<to, with: fix.replacement)
        #expect(lines[index] == "  - \(line)")
        assertFindings(in: lines.joined(separator: "\n"), [])
    }

    /// The same for a group; a key truly written twice in one item is still "written twice".
    @Test func aGroupWithoutItsDashIsOneFindingAndATwiceWrittenKeyIsStillOne() {
        let text = Fixture.valid.replacing("  - id: individforum\n", with: "    1️⃣id: individforum\n")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "`id: individforum` begins a new item of `grupper` but has no `- ` before it"),
        ])
        let twice = Fixture.valid.replacing("    namn: BUP Teststad\n", with: "    namn: BUP Teststad\n    1️⃣namn: BUP Teststad\n")
        assertFindings(in: twice, [ExpectedFinding("1️⃣", "BUS019", "the key `namn` appears twice")])
    }

    @Test func aShortDateGetsItsOwnDateBack() {
        let found = assertFindings(in: Fixture.valid.replacing("  från: 2020-01-01", with: "  från: 1️⃣2020-1-1"), [
            ExpectedFinding("1️⃣", "BUS012", "`giltighet.från`: `2020-1-1` must be written YYYY-MM-DD"),
        ])
        #expect(found.first?.hint?.sv == "Skriv `2020-01-01`.")
    }

    @Test func anIdInCapitalsIsOneFindingAtTheId() {
        let text = Fixture.valid.replacing("  - id: bup\n", with: "  - id: 1️⃣BUP\n")
        let found = Fixture.check(MarkedText(text).text)
        #expect(found.map(\.ruleID) == ["BUS019"], "\(found.map(\.message.en))")
        #expect(found.first?.hint?.sv.contains("t.ex. `bup`, här och överallt där id:t nämns") == true)
    }

    /// A GitHub table in the text is one warning at its first line; its hint, the same rows as a list,
    /// checks clean when written in the table's place. A table in a code block is left alone.
    @Test func aPipeTableInTheTextIsAWarningWhoseListChecksClean() {
        let table = "| Part | Kontaktperson |\n|---|:---:|\n| Socialförvaltningen | Enhetschef barn och unga |\n| BUP | Verksamhetschef |\n"
        let text = Fixture.valid.replacing("Barnkonventionen gäller.", with: "1️⃣" + table + "\nBarnkonventionen gäller.")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "the table is printed as lines of pipes: the text is CommonMark, which has no tables", .warning),
        ])
        let list = "- **Part:** Socialförvaltningen; **Kontaktperson:** Enhetschef barn och unga\n- **Part:** BUP; **Kontaktperson:** Verksamhetschef"
        #expect(found.first?.hint?.sv == "Skriv tabellen som en lista, en punkt per rad:\n" + list)
        assertFindings(in: Fixture.valid.replacing("Barnkonventionen gäller.", with: list + "\n\nBarnkonventionen gäller."), [])
        // Written without outer pipes, as many do, it is the same table.
        let bare = Fixture.valid.replacing("Barnkonventionen gäller.", with: "1️⃣Part | Kontakt\n--- | ---\nA | B\n\nBarnkonventionen gäller.")
        assertFindings(in: bare, [
            ExpectedFinding("1️⃣", "BUS019", "the table is printed as lines of pipes: the text is CommonMark, which has no tables", .warning),
        ])
        assertFindings(in: Fixture.valid.replacing("Barnkonventionen gäller.", with: "```\n" + table + "```\n\nBarnkonventionen gäller."), [])
    }

    // MARK: Dead ends: every hint, applied literally, fixes the problem

    @Test(arguments: [
        ("två gånger per termin", "{ minst: 2, per: termin }"),
        ("en gång per år", "{ minst: 1, per: år }"),
        ("varje termin", "{ minst: 1, per: termin }"),
        ("Minst 4 gånger om året", "{ minst: 4, per: år }"),
        ("vid behov inom två veckor", "{ vid-behov: true, inom-dagar: 14 }"),
        ("vid behov", "{ vid-behov: true }"),
    ])
    func aCadenceInWordsGetsTheKeysThatSayIt(words: String, keys: String) {
        let found = assertFindings(in: Fixture.valid.replacing("    möten: { minst: 2, per: termin }", with: "    möten: 1️⃣\(words)"), [
            ExpectedFinding("1️⃣", "BUS019", "`möten` must consist of keys with values (`key: value`)"),
        ])
        #expect(found.first?.message.sv == "`möten` ska bestå av nycklar med värden (`nyckel: värde`)")
        #expect(found.first?.hint?.sv == "Skriv `möten: \(keys)`.")
        #expect(found.first?.hint?.en == "Write `möten: \(keys)`.")
    }

    static let followUp = "uppföljning:\n  per: år\n  ansvarig: styrgrupp\n  indikatorer: [individforum-ärenden, olösta-ärenden, avvikelser, sip]\n"

    @Test(arguments: [
        ("varje år", "år"), ("en gång per år", "år"), ("årligen", "år"), ("två gånger om året", "termin"), ("Varje termin", "termin"),
    ])
    func aFollowUpInWordsGetsTheKeysThatSayIt(words: String, period: String) {
        let written = Fixture.valid.replacing(Self.followUp, with: "uppföljning: 1️⃣\(words)\n")
        let found = assertFindings(in: written, [
            ExpectedFinding("1️⃣", "BUS019", "`uppföljning` must consist of keys with values (`key: value`)"),
        ])
        #expect(found.first?.hint?.sv == "Skriv `uppföljning: { per: \(period), ansvarig: styrgrupp }`.")
        #expect(found.first?.hint?.en == "Write `uppföljning: { per: \(period), ansvarig: styrgrupp }`.")
        // The hint, applied literally, leaves nothing to fix (but the text, which says yearly, for `termin`: BUS023).
        let applied = Fixture.check(Fixture.valid.replacing(Self.followUp, with: "uppföljning: { per: \(period), ansvarig: styrgrupp }\n"))
        #expect(applied.map(\.ruleID) == (period == "år" ? [] : ["BUS023"]), "\(applied.map(\.message.en))")
    }

    @Test func aFollowUpInWordsWithoutAFrequencyGetsTheForm() {
        let found = assertFindings(in: Fixture.valid.replacing(Self.followUp, with: "uppföljning: 1️⃣när det behövs\n"), [
            ExpectedFinding("1️⃣", "BUS019", "`uppföljning` must consist of keys with values (`key: value`)"),
        ])
        #expect(found.first?.hint?.sv.contains("`uppföljning: { per: år, ansvarig: styrgrupp }`") == true)
    }

    @Test(arguments: [("en gång per år", "år"), ("två gånger om året", "termin")])
    func aFollowUpPeriodInWordsGetsTheValue(words: String, period: String) {
        let found = assertFindings(in: Fixture.valid.replacing("  per: år\n  ansvarig: styrgrupp", with: "  per: 1️⃣\(words)\n  ansvarig: styrgrupp"), [
            ExpectedFinding("1️⃣", "BUS019", "unknown value `\(words)` for `per`"),
        ])
        #expect(found.first?.fix?.replacement == period)
        #expect(found.first?.hint?.en.hasPrefix("Did you mean `\(period)`?") == true, "\(String(describing: found.first?.hint))")
        let applied = Fixture.check(Fixture.valid.replacing("  per: år\n  ansvarig: styrgrupp", with: "  per: \(period)\n  ansvarig: styrgrupp"))
        #expect(applied.map(\.ruleID) == (period == "år" ? [] : ["BUS023"]), "\(applied.map(\.message.en))")
    }

    /// A school year, a calendar year: another word for a year is none of the values, and the hint names
    /// `år` (before, only the allowed values), which applied leaves nothing to fix.
    @Test(arguments: ["läsår", "läsåret", "skolår", "kalenderår", "per läsår"])
    func aYearByAnotherNameGetsÅr(word: String) {
        let cadence = "    möten: { minst: 2, per: termin }\n"
        let found = assertFindings(in: Fixture.valid.replacing(cadence, with: "    möten: { minst: 4, per: 1️⃣\(word) }\n"), [
            ExpectedFinding("1️⃣", "BUS019", "unknown value `\(word)` for `per`"),
        ])
        #expect(found.first?.fix?.replacement == "år")
        #expect(found.first?.hint?.sv == "Menade du `år`? Tillåtna värden: `vecka`, `månad`, `termin`, `år`.", "\(String(describing: found.first?.hint))")
        assertFindings(in: Fixture.valid.replacing(cadence, with: "    möten: { minst: 4, per: år }\n"), [])
        // The follow-up's `per:` too.
        let followUp = assertFindings(in: Fixture.valid.replacing("  per: år\n  ansvarig: styrgrupp", with: "  per: 1️⃣\(word)\n  ansvarig: styrgrupp"), [
            ExpectedFinding("1️⃣", "BUS019", "unknown value `\(word)` for `per`"),
        ])
        #expect(followUp.first?.fix?.replacement == "år")
    }

    @Test func aFollowUpInWordsOverItsKeysGetsThePeriodAsAKey() {
        let written = Fixture.valid.replacing("uppföljning:\n  per: år\n", with: "uppföljning: 1️⃣varje år\n")
        let found = assertFindings(in: written, [
            ExpectedFinding("1️⃣", "BUS019", "`uppföljning` has both a value (`varje år`) and keys under it"),
        ])
        #expect(found.first?.message.sv == "`uppföljning` har både ett värde (`varje år`) och nycklar under sig")
        #expect(found.first?.hint?.en == "Remove `varje år` so that `uppföljning:` stands alone on its line, and write `per: år` on a line of its own under it, indented like the keys there.")
        #expect(found.first?.hint?.sv == "Ta bort `varje år` så att `uppföljning:` står ensamt på raden, och skriv `per: år` på en egen rad under den, indragen som nycklarna där.")
        // Applied literally: the value removed, `per: år` under the key, indented like `ansvarig:`.
        let applied = MarkedText(written).text.replacing("uppföljning: varje år\n", with: "uppföljning:\n  per: år\n")
        assertFindings(in: applied, [])
    }

    @Test func aFollowUpInWordsOverAPeriodChangesThePeriod() {
        let written = Fixture.valid.replacing("uppföljning:\n", with: "uppföljning: 1️⃣en gång per år\n")
        let found = assertFindings(in: written, [
            ExpectedFinding("1️⃣", "BUS019", "`uppföljning` has both a value (`en gång per år`) and keys under it"),
        ])
        #expect(found.first?.hint?.en == "Remove `en gång per år` so that `uppföljning:` stands alone on its line, and change the `per:` under it to `per: år`.")
        assertFindings(in: MarkedText(written).text.replacing("uppföljning: en gång per år\n", with: "uppföljning:\n"), [])
    }

    @Test func aCadenceInWordsOverItsKeysIsTheValue() {
        let written = Fixture.valid.replacing("    möten: { minst: 2, per: termin }\n", with: "    möten: 1️⃣två gånger per termin\n      minst: 2\n      per: termin\n")
        let found = assertFindings(in: written, [
            ExpectedFinding("1️⃣", "BUS019", "`möten` has both a value (`två gånger per termin`) and keys under it"),
        ])
        #expect(found.first?.hint?.en == "Remove `två gånger per termin` so that `möten:` stands alone on its line; the keys under it say what it holds.")
        assertFindings(in: MarkedText(written).text.replacing("    möten: två gånger per termin\n", with: "    möten:\n"), [])
    }

    @Test func aCadenceInWordsWithoutAFrequencyGetsBothForms() {
        let found = assertFindings(in: Fixture.valid.replacing("    möten: { minst: 2, per: termin }", with: "    möten: 1️⃣vartannat år"), [
            ExpectedFinding("1️⃣", "BUS019", "`möten` must consist of keys with values (`key: value`)"),
        ])
        #expect(found.first?.hint?.sv.contains("`möten: { minst: 2, per: termin }`") == true)
        #expect(found.first?.hint?.sv.contains("`möten: { vid-behov: true, inom-dagar: 14 }`") == true)
    }

    @Test(arguments: [("2 gånger", 2), ("två", 2), ("3 ggr", 3)])
    func aCountWithWordsGetsTheNumberAlone(written: String, number: Int) {
        let found = assertFindings(in: Fixture.valid.replacing("möten: { minst: 2, per: termin }", with: "möten: { minst: 1️⃣\(written), per: termin }"), [
            ExpectedFinding("1️⃣", "BUS019", "`minst` must be a whole number"),
        ])
        #expect(found.first?.hint?.sv == "Skriv `minst: \(number)`.")
        #expect(found.first?.hint?.en == "Write `minst: \(number)`.")
    }

    /// A deadline in words is read with its unit: "två veckor" is 14 days, never 2.
    @Test(arguments: [
        ("två veckor", "Skriv `inom-dagar: 14` (`två veckor` är 14 dagar).", "Write `inom-dagar: 14` (`två veckor` is 14 days)."),
        ("2 veckor", "Skriv `inom-dagar: 14` (`2 veckor` är 14 dagar).", "Write `inom-dagar: 14` (`2 veckor` is 14 days)."),
        ("fjorton", "Skriv `inom-dagar: 14`.", "Write `inom-dagar: 14`."),
        ("14 dagar", "Skriv `inom-dagar: 14`.", "Write `inom-dagar: 14`."),
        ("tio arbetsdagar",
         "`inom-dagar` räknas i kalenderdagar, inte arbetsdagar: skriv hur många dagar ni menar med `tio arbetsdagar` (om ingen helgdag infaller är det 14 kalenderdagar: `inom-dagar: 14`).",
         "`inom-dagar` counts calendar days, not working days: write how many days you mean by `tio arbetsdagar` (when no public holiday falls within them, that is 14 calendar days: `inom-dagar: 14`)."),
        ("3 arbetsdagar",
         "`inom-dagar` räknas i kalenderdagar, inte arbetsdagar: skriv hur många dagar ni menar med `3 arbetsdagar`.",
         "`inom-dagar` counts calendar days, not working days: write how many days you mean by `3 arbetsdagar`."),
        ("en månad", "Skriv antalet dagar med siffror, t.ex. `inom-dagar: 14`.", "Write the number of days in digits, e.g. `inom-dagar: 14`."),
        ("snarast", "Skriv antalet dagar med siffror, t.ex. `inom-dagar: 14`.", "Write the number of days in digits, e.g. `inom-dagar: 14`."),
    ])
    func aDeadlineInWordsIsReadWithItsUnit(written: String, sv: String, en: String) {
        let found = assertFindings(in: Fixture.valid.replacing("möten: { vid-behov: true, inom-dagar: 14 }", with: "möten: { vid-behov: true, inom-dagar: 1️⃣\(written) }"), [
            ExpectedFinding("1️⃣", "BUS019", "`inom-dagar` must be a whole number"),
        ])
        #expect(found.first?.hint?.sv == sv)
        #expect(found.first?.hint?.en == en)
    }

    /// A no-break space pasted into the indentation: one finding at the line, whose hint applied as
    /// written mends it (no second finding about an unknown key `  till`, no hint deleting it).
    @Test(arguments: ["1️⃣\u{00A0} till", " 1️⃣\u{00A0}till", "1️⃣\u{202F}\u{202F}till"])
    func aNoBreakSpaceInTheIndentationIsOneFinding(indented: String) {
        let text = Fixture.valid.replacing("  till: tillsvidare\n", with: "\(indented): tillsvidare\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "the line is indented with a no-break space (U+00A0), which YAML does not read as indentation"),
        ])
        // The line with its ordinary spaces, as the tab case gives it: copied in place, it lines up.
        let hard = indented.unicodeScalars.filter { $0 == "\u{00A0}" || $0 == "\u{202F}" }.count
        #expect(found.first?.hint?.sv == "Byt \(hard == 1 ? "det hårda mellanslaget" : "de hårda mellanslagen") i indraget mot vanliga, 2 i allt: ”  till: tillsvidare”.")
        assertFindings(in: Fixture.valid.replacing("  till: tillsvidare\n", with: "  till: tillsvidare\n"), [])
        assertFindings(in: Fixture.valid, [])
    }

    /// `##Rubrik` without its space is printed as text: a warning at the line with the heading to write;
    /// a `#` inside a paragraph or a code block is no heading meant.
    @Test func aHeadingWithoutItsSpaceIsAWarning() {
        let text = Fixture.valid.replacing("## Gemensamma utgångspunkter\n", with: "1️⃣##Gemensamma utgångspunkter\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "`##Gemensamma utgångspunkter` is no heading without a space after the `#`: the line is printed as text", .warning),
        ])
        #expect(found.first?.hint?.sv == "Skriv `## Gemensamma utgångspunkter`.")
        let numbered = assertFindings(in: Fixture.valid.replacing("## Gemensamma utgångspunkter\n", with: "1️⃣###8. Gemensamma utgångspunkter\n"), [
            ExpectedFinding("1️⃣", "BUS019", "`###8. Gemensamma utgångspunkter` is no heading without a space after the `#`: the line is printed as text", .warning),
        ])
        #expect(numbered.first?.hint?.en == "Write `### 8. Gemensamma utgångspunkter`.")
        let inParagraph = Fixture.valid.replacing("Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän.\n",
                                                  with: "Skolan ska kalla till SIP när barnet behöver insatser från flera huvudmän.\n#SIP-ansvar\n\n```\n#kod\n```\n")
        assertFindings(in: inParagraph, [])
    }

    /// The closing line mistyped (`--`, a dash from Word): the finding is at that line, and its hint
    /// applied as written mends it, leaving no stray dash in the text.
    @Test(arguments: ["--", "----", "—"])
    func aMistypedClosingLineIsFoundWhereItIs(written: String) throws {
        let closing = try #require(Fixture.valid.range(of: "\n---\n"))
        let text = Fixture.valid.replacingCharacters(in: closing, with: "\n1️⃣\(written)\n")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "`\(written)` does not close the front matter: only a line of three hyphens, `---`, does"),
        ])
        #expect(found.first?.hint?.sv == "Byt raden `\(written)` mot `---`.")
    }

    @Test func aMissingPrincipalListsTheValues() {
        let found = assertFindings(in: Fixture.valid.replacing("  - id: hab\n    namn: Habilitering & Hälsa\n    huvudman: region\n", with: "  - 1️⃣id: hab\n    namn: Habilitering & Hälsa\n"), [
            ExpectedFinding("1️⃣", "BUS019", "the key `huvudman` is missing"),
        ])
        // Habilitering is the region's: the value offered first is `region`, so the literal fix is right.
        #expect(found.first?.hint?.sv == "Lägg till `huvudman: region` här, eller ett annat av värdena `region`, `kommun`, `enskild`, `stat`, `kommunalförbund`.")
        #expect(found.first?.hint?.en == "Add `huvudman: region` here, or another of the values `region`, `kommun`, `enskild`, `stat`, `kommunalförbund`.")
        let school = assertFindings(in: Fixture.valid.replacing("  - id: skola\n", with: "  - 1️⃣id: skola\n").replacing("1️⃣id: skola\n    namn: Teststads utbildningsförvaltning\n    huvudman: kommun\n", with: "1️⃣id: skola\n    namn: Teststads utbildningsförvaltning\n"), [
            ExpectedFinding("1️⃣", "BUS019", "the key `huvudman` is missing"),
        ])
        #expect(school.first?.hint?.en.hasPrefix("Add `huvudman: kommun` here") == true, "\(String(describing: school.first?.hint?.en))")
    }

    @Test func anEmptyPrincipalListsTheValues() {
        let found = assertFindings(in: Fixture.valid.replacing("    huvudman: region\n    verksamheter: [bup]", with: "    huvudman:1️⃣\n    verksamheter: [bup]"), [
            ExpectedFinding("1️⃣", "BUS019", "`huvudman` is empty"),
        ])
        #expect(found.first?.hint?.sv == "Skriv ett av värdena `region`, `kommun`, `enskild`, `stat`, `kommunalförbund` efter `huvudman:`, t.ex. `huvudman: region`.")
    }

    @Test func aMissingTopLevelKeyGoesAfterTheVersionLineNotAtTheDashes() {
        let found = Fixture.check("---\nbus-docs: 1\n---\n").filter { $0.ruleID == "BUS019" }
        let kommun = found.first { $0.message.en == "the key `kommun` is missing" }
        #expect(kommun?.hint?.sv == "Lägg till en rad `kommun: …` efter raden `bus-docs: 1`.")
        #expect(kommun?.hint?.en == "Add a line `kommun: …` after the line `bus-docs: 1`.")
        let kind = found.first { $0.message.en == "the key `typ` is missing" }
        #expect(kind?.hint?.sv.hasPrefix("Lägg till en rad `typ: lokal-överenskommelse` efter raden `bus-docs: 1`. Tillåtna värden:") == true)
        #expect(!found.contains { $0.hint?.sv.contains("här") == true })
    }

    // MARK: YAML syntax errors

    @Test func aKeyIndentedDeeperThanTheLineAboveIsAnIndentationError() {
        let text = Fixture.valid.replacing("    huvudman: region\n    verksamheter: [bup]", with: "    huvudman: region\n      1️⃣verksamheter: \"[bup]\"")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "YAML syntax error: the line is indented more than the line above — use the same indentation (4 spaces)"),
        ])
        #expect(found.first?.message.sv == "YAML-fel: raden är indragen mer än raden ovanför — använd samma indrag (4 mellanslag)")
        #expect(found.first?.hint?.sv == "Raden har 6 mellanslag; raderna ovanför har 4. Skriv ”    verksamheter: \"[bup]\"”.")
    }

    /// The hint quotes the line as it should be; written in its place, the file is clean again.
    @Test(arguments: [
        // 5 spaces where the lines above have 4.
        ("    namn: BUP Teststad\n    huvudman: region", "    namn: BUP Teststad\n     1️⃣huvudman: region",
         "YAML syntax error: the line is indented more than the line above — use the same indentation (4 spaces)",
         "The line has 5 spaces; the lines above have 4. Write \"    huvudman: region\".",
         "Raden har 5 mellanslag; raderna ovanför har 4. Skriv ”    huvudman: region”."),
        // A tab.
        ("    namn: Teststads socialförvaltning\n    huvudman: kommun", "    namn: Teststads socialförvaltning\n1️⃣\thuvudman: kommun",
         "YAML syntax error: tab used for indentation — use spaces",
         "Replace the tab with spaces: \"    huvudman: kommun\".", "Byt tabben mot mellanslag: ”    huvudman: kommun”."),
        // A top-level key with one space, after a block: it goes back to the left edge.
        ("samtycke: skriftligt", " 1️⃣samtycke: skriftligt",
         "YAML syntax error: bad indentation — the line does not line up with the lines above",
         "The line has 1 space; the lines above have 0. Write \"samtycke: skriftligt\".", "Raden har 1 mellanslag; raderna ovanför har 0. Skriv ”samtycke: skriftligt”."),
        // The first key of a block is the odd one: that line is the one to change.
        ("uppföljning:\n  per: år", "uppföljning:\n   1️⃣per: år",
         "YAML syntax error: bad indentation — the line is indented unlike the lines below it",
         "The line has 3 spaces; the lines below have 2. Write \"  per: år\".", "Raden har 3 mellanslag; raderna under har 2. Skriv ”  per: år”."),
        // A list item after a nested list, with a tab: it lines up with the items that start like it.
        ("  - id: arbetsgrupp", "1️⃣\t- id: arbetsgrupp",
         "YAML syntax error: tab used for indentation — use spaces",
         "Replace the tab with spaces: \"  - id: arbetsgrupp\".", "Byt tabben mot mellanslag: ”  - id: arbetsgrupp”."),
    ]) func aMisalignedLineGetsTheLineAsItShouldBe(original: String, broken: String, message: String, en: String, sv: String) {
        let found = assertFindings(in: Fixture.valid.replacing(original, with: broken), [ExpectedFinding("1️⃣", "BUS019", message)])
        #expect(found.first?.hint?.en == en)
        #expect(found.first?.hint?.sv == sv)
        // Applied literally: the quoted line replaces the line the finding points at.
        let text = MarkedText(Fixture.valid.replacing(original, with: broken))
        guard let hint = found.first?.hint?.en, let line = text.locations["1️⃣"]?.line,
              let quoted = hint.firstRange(of: "\"").map({ String(hint[$0.upperBound...].dropLast(2)) }) else { return }
        var lines = text.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[line - 1] = quoted
        assertFindings(in: lines.joined(separator: "\n"), [])
    }

    @Test func aKeyIndentedDeeperInATwoSpaceListItem() {
        // Another area indents list items by two and their keys by four under `- `.
        let text = Fixture.valid.replacing("  - id: hab\n    namn: Habilitering & Hälsa\n    huvudman: region", with: "  - id: hab\n    namn: Habilitering & Hälsa\n       1️⃣huvudman: region")
        assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "YAML syntax error: the line is indented more than the line above — use the same indentation (4 spaces)"),
        ])
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() {
        let text = Fixture.valid.replacing("  eskalering: [individforum, BUSSAM]", with: "  eskalering: [individforum, 1️⃣\"BUSSAM]")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "YAML syntax error: the quotation mark is never closed"),
        ])
        #expect(found.first?.message.sv == "YAML-fel: citattecknet avslutas aldrig")
        #expect(found.first?.hint?.en == "End the value with the same quotation mark on the same line, or remove the quotation mark.")
    }

    @Test func anUnclosedSingleQuoteInABlockValueIsReportedWhereItOpens() {
        let text = Fixture.valid.replacing("  mottagare: BUSSAM", with: "  mottagare: 1️⃣'BUSSAM")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "YAML syntax error: the quote on line 63, column 14 is never closed, so the lines below are read as part of the value"),
        ])
        #expect(found.first?.hint?.en == "Close the quote on the same line: `  mottagare: 'BUSSAM'`.")
        assertFindings(in: Fixture.valid.replacing("  mottagare: BUSSAM", with: "  mottagare: 'BUSSAM'"), [])
    }

    // MARK: Comments, `#` and list separators

    /// Curly quotes before a comment: the hint closes the quote before the comment, which stays one.
    @Test func curlyQuotesBeforeACommentKeepTheCommentOutside() {
        let text = Fixture.valid.replacing("    namn: BUMM Teststad", with: "    namn: 1️⃣“BUMM Teststad”   # samordnande enl. HÖK")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "`namn` is in curly quotes (“BUMM Teststad”), which YAML reads as part of the text", .warning),
        ])
        #expect(found.first?.hint?.sv.hasPrefix("Använd raka citattecken, eller inga: `namn: \"BUMM Teststad\"   # samordnande enl. HÖK`.") == true,
                "\(String(describing: found.first?.hint?.sv))")
        let applied = text.replacing("1️⃣“BUMM Teststad”   # samordnande enl. HÖK", with: "\"BUMM Teststad\"   # samordnande enl. HÖK")
        assertFindings(in: applied, [])
        #expect(Fixture.parse(applied)?.parties.last?.name?.value == "BUMM Teststad")
        // A list item and a flow list with a comment after them likewise.
        let item = Fixture.valid.replacing("  eskalering: [individforum, BUSSAM]", with: "  eskalering:\n    - individforum\n    - 1️⃣‘BUSSAM’ # nämnden")
        let itemFound = assertFindings(in: item, [
            ExpectedFinding("1️⃣", "BUS019", "`eskalering` is in curly quotes (‘BUSSAM’), which YAML reads as part of the text", .warning),
        ])
        #expect(itemFound.first?.hint?.en.hasPrefix("Use straight quotes, or none: `- \"BUSSAM\" # nämnden`.") == true, "\(String(describing: itemFound.first?.hint?.en))")
        let list = Fixture.valid.replacing("  eskalering: [individforum, BUSSAM]", with: "  eskalering: [individforum, 1️⃣“BUSSAM”] # se bilaga")
        let listFound = assertFindings(in: list, [
            ExpectedFinding("1️⃣", "BUS019", "`eskalering` is in curly quotes ([individforum, “BUSSAM”]), which YAML reads as part of the text", .warning),
        ])
        #expect(listFound.first?.hint?.en.hasPrefix("Use straight quotes, or none: `eskalering: [individforum, \"BUSSAM\"] # se bilaga`.") == true, "\(String(describing: listFound.first?.hint?.en))")
    }

    /// A value in Word's curly quotes with a comma inside, in block style or inside `{ … }` (where YAML
    /// ends the value at the comma and reads the rest as a key): one finding, whose hint keeps the whole
    /// value and, applied literally, checks clean — with “…”, ‘…’ and „…“, and a comment after it.
    @Test(arguments: [("“", "”"), ("‘", "’"), ("„", "“")], [false, true])
    func aCommaInsideCurlyQuotesIsOneFindingThatKeepsTheWholeValue(quotes: (String, String), flow: Bool) {
        let value = "\(quotes.0)Utbildningskontoret, Södertälje kommun\(quotes.1)"
        let party = "  - id: bumm\n    namn: BUMM Teststad\n    huvudman: region\n    verksamheter: [bumm]\n"
        for comment in ["", "  # enligt beslut"] {
            let written = flow
                ? "  - { id: bumm, namn: 1️⃣\(value), huvudman: region, verksamheter: [bumm] }\(comment)\n"
                : "  - id: bumm\n    namn: 1️⃣\(value)\(comment)\n    huvudman: region\n    verksamheter: [bumm]\n"
            let text = Fixture.valid.replacing(party, with: written)
            // Inside `{ … }` bus-docs reads the quotes as straight ones, so the name is whole in every
            // document; other YAML readers would end it at the comma, which the warning says.
            let message = flow ? "`namn` is in curly quotes (\(value)): bus-docs reads them as straight ones, but other programs that read YAML do not"
                : "`namn` is in curly quotes (\(value)), which YAML reads as part of the text"
            let found = assertFindings(in: text, [ExpectedFinding("1️⃣", "BUS019", message, .warning)])
            if flow { #expect(Fixture.parse(MarkedText(text).text)?.parties.last?.name?.value == "Utbildningskontoret, Södertälje kommun") }
            // Inside `{ … }` the hint is the key and value alone; in block style the comment stays after it.
            let fixed = "namn: \"Utbildningskontoret, Södertälje kommun\"" + (flow ? "" : comment)
            #expect(found.first?.hint?.sv == "Använd raka citattecken, eller inga: `\(fixed)`. Word byter ut dem när man skriver; stäng av ”Raka citattecken med typografiska” eller skriv i en textredigerare.",
                    "\(String(describing: found.first?.hint?.sv))")
            let applied = text.replacing("namn: 1️⃣\(value)" + (flow ? "" : comment), with: fixed)
            assertFindings(in: applied, [])
            #expect(Fixture.parse(applied)?.parties.last?.name?.value == "Utbildningskontoret, Södertälje kommun")
        }
    }

    /// Two curly-quoted values inside one `{ … }`: a finding for each, and their hints together check clean.
    @Test func eachCurlyQuotedValueInBracesIsItsOwnFinding() {
        let text = Fixture.valid.replacing("      - { part: bup, roll: Verksamhetschef }", with: "      - { part: bup, roll: 1️⃣“Verksamhetschef, BUP”, ersättare: 2️⃣“Enhetschef, BUP” }")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "`roll` is in curly quotes (“Verksamhetschef, BUP”): bus-docs reads them as straight ones, but other programs that read YAML do not", .warning),
            ExpectedFinding("2️⃣", "BUS019", "`ersättare` is in curly quotes (“Enhetschef, BUP”): bus-docs reads them as straight ones, but other programs that read YAML do not", .warning),
        ])
        // Read whole, as the hints will write them: the columns YAML reports are still the written ones.
        let member = Fixture.parse(MarkedText(text).text)?.groups.flatMap(\.members).first { $0.party?.value == "bup" }
        #expect(member?.role?.value == "Verksamhetschef, BUP")
        #expect(found.compactMap { $0.hint?.en.split(separator: "`").dropFirst().first.map(String.init) } == ["roll: \"Verksamhetschef, BUP\"", "ersättare: \"Enhetschef, BUP\""])
        assertFindings(in: text.replacing("1️⃣“Verksamhetschef, BUP”", with: "\"Verksamhetschef, BUP\"").replacing("2️⃣“Enhetschef, BUP”", with: "\"Enhetschef, BUP\""), [])
    }

    /// ` #` in a value inside `{ … }` starts a comment that takes the `}` along: the finding says so as
    /// in block style, and its hint, applied literally, checks clean — not "write `}`", which changes nothing.
    @Test func aHashInAFlowValueIsTheCutValueWithItsQuotes() {
        let text = Fixture.valid.replacing("      - { part: bup, roll: Verksamhetschef }", with: "      - { part: bup, roll: Verksamhetschef BUP Södra 1️⃣#2 }")
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "`roll` ends at ` #`: the value is `Verksamhetschef BUP Södra` and the rest is read as a comment"),
        ])
        #expect(found.first?.hint?.sv == "Sätt värdet inom citattecken: `roll: \"Verksamhetschef BUP Södra #2\"`.")
        assertFindings(in: text.replacing("roll: Verksamhetschef BUP Södra 1️⃣#2", with: "roll: \"Verksamhetschef BUP Södra #2\""), [])
    }

    /// A list separated by `;` (or the last two joined by "och") is one problem: one finding whose
    /// hint is the list with commas; no rule reports the values it holds as missing or unknown.
    @Test(arguments: [
        ("[1️⃣socialtjanst; utbildning; bup; hab; bumm]", "socialtjanst; utbildning; bup; hab; bumm", ";"),
        ("[socialtjanst, utbildning, bup, 1️⃣hab och bumm]", "hab och bumm", "och"),
        ("[1️⃣socialtjanst; utbildning; bup; hab och bumm]", "socialtjanst; utbildning; bup; hab och bumm", ";"),
        ("\n    - 1️⃣socialtjanst; utbildning\n    - bup\n    - hab\n    - bumm", "socialtjanst; utbildning", ";"),
    ])
    func aListSeparatedBySemicolonsIsOneFindingWithCommas(list: String, item: String, separator: String) {
        let text = Fixture.valid.replacing("  initierar: [socialtjanst, utbildning, bup, hab, bumm]", with: "  initierar: " + list)
        let found = assertFindings(in: text, [
            ExpectedFinding("1️⃣", "BUS019", "the values in `initierar` are separated by `\(separator)`, so YAML reads `\(item)` as one value"),
        ])
        #expect(found.first?.hint?.sv == "Skilj värdena åt med kommatecken: `initierar: [socialtjanst, utbildning, bup, hab, bumm]`.")
        #expect(found.first?.hint?.en == "Separate the values with commas: `initierar: [socialtjanst, utbildning, bup, hab, bumm]`.")
        assertFindings(in: Fixture.valid, [])
    }

    /// Words joined by "och" in a list of names are one name: "barn och ungas hälsa" is left alone.
    @Test func andInAListOfNamesIsNoSeparator() {
        let text = Fixture.valid.replacing("  eskalering: [individforum, BUSSAM]", with: "  eskalering: [individforum, BUSSAM, samrådsgruppen för barn och ungas hälsa]")
        #expect(Fixture.check(text).filter { $0.message.en.contains("separated by") }.isEmpty)
    }
}
