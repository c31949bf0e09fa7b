import BUSDocsKit
import Foundation
import Testing
@testable import Templates

/// What the documents say, computed from the agreement: deadlines, turns, escaping, comparisons.
@Suite struct DocumentContentTests {
    let source = Documents.source()

    /// The document to sign is the agreement, not a check of it: no findings and no "Fel – inte giltig"
    /// in HTML (and so PDF) or Word, while the site's page keeps both. A status the agreement gives
    /// itself (a draft) is still said.
    @Test func theDocumentToSignShowsNoFindingsButSaysItIsADraft() throws {
        let erroneous = Documents.source(Documents.validText.replacingOccurrences(of: "samtycke: skriftligt", with: "samtycke: muntligt"))
        #expect(erroneous.diagnostics.contains { $0.ruleID == "BUS008" })
        let site = try Documents.renderer.agreementPage(erroneous)
        #expect(site.contains("Resultat av kontrollen") && site.contains("BUS008") && site.contains("Fel – inte giltig"))
        let signing = try Documents.renderer.agreementPage(erroneous, siteHome: nil)
        let word = try WordPackage.textParts(of: Data(try WordRenderer().agreement(erroneous)))["word/document.xml"] ?? ""
        for document in [signing, word] {
            #expect(!document.contains("Resultat av kontrollen") && !document.contains("BUS008") && !document.contains("inte giltig") && !document.contains("Status"))
        }
        #expect(!signing.contains("class=\"status"))
        let draft = Documents.source(Documents.validText.replacingOccurrences(of: "typ: lokal-överenskommelse", with: "typ: lokal-överenskommelse\nstatus: utkast")
            .replacingOccurrences(of: "samtycke: skriftligt", with: "samtycke: muntligt"))
        #expect(try Documents.renderer.agreementPage(draft, siteHome: nil).contains("<p><span class=\"status status-utkast\">Utkast</span></p>"))
        let draftWord = try WordPackage.textParts(of: Data(try WordRenderer().agreement(draft)))["word/document.xml"] ?? ""
        #expect(draftWord.contains("Status: Utkast") && !draftWord.contains("med fel"))
    }

    @Test func protocolComputesTheLatestDateAndWarnsWhenLate() {
        let forum = Documents.group("individforum", in: source)
        let late = ProtocolView(source, group: forum, date: LocalDate(iso: "2026-11-20"), noticed: LocalDate(iso: "2026-11-02"), today: Documents.today)
        #expect(late.latestDate == "2026-11-16")
        #expect(late.warnings == ["Mötet 2026-11-20 hålls efter tidsgränsen: individforum ska hållas inom 14 dagar från att behovet uppmärksammades, senast 2026-11-16."])
        #expect(late.lateWarning == late.warnings.first)
        let inTime = ProtocolView(source, group: forum, date: LocalDate(iso: "2026-11-16"), noticed: LocalDate(iso: "2026-11-02"), today: Documents.today)
        #expect(inTime.warnings.isEmpty)
        #expect(inTime.lateWarning == nil)
        #expect(inTime.writtenConsent)
    }

    /// A deadline on a holiday or weekend runs on to the next working day (lag 1930:173), the latest date,
    /// with no warning; a meeting on a day off is warned of, in the protocol and the agenda alike (`SwedishCalendar`).
    @Test func daysOffMoveTheDeadlineAndWarnOfTheMeeting() throws {
        let forum = Documents.group("individforum", in: source), steering = Documents.group("styrgrupp", in: source)
        let christmas = ProtocolView(source, group: forum, date: nil, noticed: LocalDate(iso: "2026-12-11"), today: LocalDate(iso: "2026-12-11")!)
        #expect(christmas.latestDate == "2026-12-28")
        #expect(christmas.warnings.isEmpty)
        let sunday = ProtocolView(source, group: forum, date: nil, noticed: LocalDate(iso: "2026-11-01"), today: LocalDate(iso: "2026-11-01")!)
        #expect(sunday.latestDate == "2026-11-16")
        #expect(sunday.warnings.isEmpty)
        let onChristmasDay = ProtocolView(source, group: forum, date: LocalDate(iso: "2026-12-25"), noticed: LocalDate(iso: "2026-12-11"), today: LocalDate(iso: "2026-12-11")!)
        // On the deadline itself, a holiday: in time, but a day off.
        #expect(onChristmasDay.warnings == ["Mötesdagen 2026-12-25 är juldagen: välj en arbetsdag för mötet."])
        #expect(onChristmasDay.lateWarning == nil)
        let afterChristmas = ProtocolView(source, group: forum, date: LocalDate(iso: "2026-12-29"), noticed: LocalDate(iso: "2026-12-11"), today: LocalDate(iso: "2026-12-11")!)
        let late = "Mötet 2026-12-29 hålls efter tidsgränsen: individforum ska hållas inom 14 dagar från att behovet uppmärksammades, senast 2026-12-25, som är juldagen, alltså senast 2026-12-28."
        #expect(afterChristmas.warnings == [late])
        #expect(afterChristmas.lateWarning == late)
        let agenda = AgendaView(source, group: steering, date: LocalDate(iso: "2026-12-26"), today: Documents.today)
        #expect(agenda.warnings == ["Mötesdagen 2026-12-26 är annandag jul: välj en arbetsdag för mötet."])
        #expect(AgendaView(source, group: steering, date: LocalDate(iso: "2026-12-28"), today: Documents.today).warnings.isEmpty)
        #expect(MeetingDayNotice.warning(meeting: LocalDate(iso: "2026-06-19"))?.asMessage.en
                == "the meeting day, 2026-06-19, is midsommarafton, a day off at Swedish workplaces: choose a working day for the meeting")
        // In every format of the agenda, at its top as the other warnings.
        let sentence = "Mötesdagen 2026-12-26 är annandag jul: välj en arbetsdag för mötet."
        let html = try Documents.renderer.groupDocument(source, group: steering, date: LocalDate(iso: "2026-12-26"), noticed: nil, today: Documents.today)
        #expect(html.contains("”.</p>\n<p class=\"varning\" role=\"alert\"><strong>Varning:</strong> \(sentence)</p>\n<form class=\"blankett\""), "\(html)")
        let markdown = try Documents.renderer.groupDocument(source, group: steering, date: LocalDate(iso: "2026-12-26"), noticed: nil, today: Documents.today, format: .md)
        #expect(markdown.contains("”.\n\n> **Varning:** \(sentence)\n\n- Datum: 2026-12-26\n"), "\(markdown)")
        let word = WordRenderer().agendaBody(agenda).xml
        #expect(word.contains("<w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">Varning: \(sentence)</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/>"), "\(word)")
    }

    /// A meeting document for an agreement that is not in force on the meeting's day (without a date, on
    /// the day it is made) says so at its top, in the words stderr uses (`InForceNotice`, one judgement):
    /// expired, not yet begun, not decided; in HTML, Markdown and Word alike.
    @Test func aDocumentForAnAgreementNotInForceSaysSoAtItsTop() throws {
        let expired = Documents.source(Documents.validText.replacingOccurrences(of: "  till: tillsvidare\n", with: "  till: 2026-06-30\n"))
        #expect(expired.agreement.validity?.until?.value.endDate == LocalDate(iso: "2026-06-30"))
        let forum = Documents.group("individforum", in: expired), steering = Documents.group("styrgrupp", in: expired)
        #expect(ProtocolView(expired, group: forum, date: LocalDate(iso: "2026-07-01"), noticed: nil, today: Documents.today).validityWarning
                == "Mötet 2026-07-01 hålls efter att överenskommelsen har upphört att gälla (den gällde till och med 2026-06-30); förnya överenskommelsen.")
        #expect(ProtocolView(expired, group: forum, date: LocalDate(iso: "2026-06-30"), noticed: nil, today: Documents.today).validityWarning == nil)
        let ended = "Överenskommelsen har upphört att gälla (den gällde till och med 2026-06-30); förnya överenskommelsen."
        #expect(ProtocolView(expired, group: forum, date: nil, noticed: nil, today: Documents.today).validityWarning == ended)
        #expect(AgendaView(expired, group: steering, date: nil, today: Documents.today).validityWarning == ended)
        #expect(DeviationFormView(expired).validityWarning == ended)
        #expect(AgendaView(source, group: Documents.group("styrgrupp", in: source), date: LocalDate(iso: "2019-12-01"), today: Documents.today).validityWarning
                == "Mötet 2019-12-01 hålls innan överenskommelsen börjar gälla (från 2020-01-01).")
        #expect(DeviationFormView(source).validityWarning == nil)
        let draft = Documents.source(Documents.validText.replacingOccurrences(of: "typ: lokal-överenskommelse\n", with: "typ: lokal-överenskommelse\nstatus: utkast\n"))
        #expect(DeviationFormView(draft).validityWarning
                == "Överenskommelsen är inte beslutad (status: utkast): dokumentet bygger på ett förslag som kan ändras innan det beslutas.")

        let html = try Documents.renderer.deviationForm(expired)
        #expect(html.contains("barnet.</p>\n<p class=\"varning\" role=\"alert\"><strong>Varning:</strong> \(ended)</p>\n<form class=\"blankett\""), "\(html)")
        let markdown = try Documents.renderer.deviationForm(expired, format: .md)
        #expect(markdown.contains("barnet.\n\n> **Varning:** \(ended)\n\n## Rapporteras av\n"), "\(markdown)")
        let agenda = try Documents.renderer.groupDocument(expired, group: steering, date: nil, noticed: nil, today: Documents.today, format: .md)
        #expect(agenda.contains("”.\n\n> **Varning:** \(ended)\n\n- Datum: "), "\(agenda)")
        let word = WordRenderer().deviationFormBody(DeviationFormView(expired)).body.xml
        #expect(word.contains("<w:p><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space=\"preserve\">Varning: \(ended)</w:t></w:r></w:p>\n<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/>"), "\(word)")
        for document in [try Documents.renderer.deviationForm(source), try Documents.renderer.deviationForm(source, format: .md), WordRenderer().deviationFormBody(DeviationFormView(source)).body.xml] {
            #expect(!document.contains("Varning"))
        }
    }

    /// Without a meeting date, the deadline is judged against the day the protocol is made: already passed,
    /// or after the agreement's last day; each is said in both languages, in the document and on stderr.
    @Test func aDeadlineAlreadyPassedOrAfterTheAgreementExpiresIsAWarning() {
        let deadline = ForumDeadline(noticed: LocalDate(year: 2026, month: 10, day: 1), days: 14)
        #expect(deadline.latest == LocalDate(year: 2026, month: 10, day: 15))
        let today = LocalDate(year: 2026, month: 11, day: 27)
        #expect(deadline.warnings(meeting: nil, today: today, validUntil: nil) == [LocalizedText(
            sv: "Tidsgränsen har redan passerat: individforum ska hållas inom 14 dagar från att behovet uppmärksammades (2026-10-01), senast 2026-10-15, och i dag är det 2026-11-27.",
            en: "The deadline has already passed: the individforum meets within 14 days of the need being noticed (2026-10-01), by 2026-10-15, and today is 2026-11-27.")])
        // A meeting held in time, its protocol written later: nothing to warn of.
        #expect(deadline.warnings(meeting: LocalDate(year: 2026, month: 10, day: 14), today: today, validUntil: nil) == [])
        #expect(deadline.warnings(meeting: nil, today: LocalDate(year: 2026, month: 10, day: 15), validUntil: nil) == [])
        let expiring = ForumDeadline(noticed: LocalDate(year: 2027, month: 12, day: 25), days: 14)
        let lastDay = LocalDate(year: 2027, month: 12, day: 31)
        #expect(expiring.warnings(meeting: nil, today: LocalDate(year: 2027, month: 12, day: 27), validUntil: lastDay) == [LocalizedText(
            sv: "Tidsgränsen 2028-01-08 infaller efter att överenskommelsen upphör att gälla (den gäller till och med 2027-12-31): håll mötet senast 2027-12-30, eller förnya överenskommelsen.",
            en: "The deadline, 2028-01-08, falls after the agreement expires (it is valid until 2027-12-31): hold the meeting by 2027-12-30, or renew the agreement.")])
        // A meeting date within the agreement's validity settles it.
        #expect(expiring.warnings(meeting: LocalDate(year: 2027, month: 12, day: 30), today: LocalDate(year: 2027, month: 12, day: 27), validUntil: lastDay) == [])
        // Within the validity, the deadline a Saturday: it runs on to Monday, nothing to warn of.
        #expect(expiring.warnings(meeting: nil, today: LocalDate(year: 2027, month: 12, day: 27), validUntil: LocalDate(year: 2028, month: 1, day: 8)) == [])
        // A deadline on a Sunday runs on to Monday (lag 1930:173): no warning, and Monday is the latest day.
        let sunday = ForumDeadline(noticed: LocalDate(year: 2026, month: 11, day: 15), days: 14)
        #expect(sunday.latest == LocalDate(year: 2026, month: 11, day: 29))
        #expect(sunday.latestWorkingDay == LocalDate(year: 2026, month: 11, day: 30))
        #expect(sunday.warnings(meeting: nil, today: LocalDate(year: 2026, month: 11, day: 27), validUntil: nil) == [])
        #expect(sunday.warnings(meeting: LocalDate(year: 2026, month: 11, day: 30), today: LocalDate(year: 2026, month: 11, day: 27), validUntil: nil) == [])
        #expect(sunday.warnings(meeting: nil, today: LocalDate(year: 2026, month: 12, day: 1), validUntil: nil) == [LocalizedText(
            sv: "Tidsgränsen har redan passerat: individforum ska hållas inom 14 dagar från att behovet uppmärksammades (2026-11-15), senast 2026-11-29, som är en söndag, alltså senast 2026-11-30, och i dag är det 2026-12-01.",
            en: "The deadline has already passed: the individforum meets within 14 days of the need being noticed (2026-11-15), by 2026-11-29, which is a Sunday, so by 2026-11-30, and today is 2026-12-01.")])
        // A meeting after a deadline on a day off names the working day the protocol names: one latest date.
        let saturday = ForumDeadline(noticed: LocalDate(year: 2027, month: 3, day: 20), days: 14)
        #expect(saturday.warnings(meeting: LocalDate(year: 2027, month: 4, day: 6), today: LocalDate(year: 2027, month: 3, day: 25), validUntil: nil) == [LocalizedText(
            sv: "Mötet 2027-04-06 hålls efter tidsgränsen: individforum ska hållas inom 14 dagar från att behovet uppmärksammades, senast 2027-04-03, som är en lördag, alltså senast 2027-04-05.",
            en: "The meeting on 2027-04-06 is after the deadline: the individforum meets within 14 days of the need being noticed, by 2027-04-03, which is a Saturday, so by 2027-04-05.")])
        #expect(saturday.warnings(meeting: LocalDate(year: 2027, month: 4, day: 5), today: LocalDate(year: 2027, month: 3, day: 25), validUntil: nil) == [])
        // Juldagen's deadline: annandag jul and the weekend after are days off too, so the Monday after is the latest.
        let christmas = ForumDeadline(noticed: LocalDate(year: 2026, month: 12, day: 11), days: 14)
        #expect(christmas.latestWorkingDay == LocalDate(year: 2026, month: 12, day: 28))
        #expect(christmas.warnings(meeting: LocalDate(year: 2026, month: 12, day: 29), today: LocalDate(year: 2026, month: 12, day: 11), validUntil: nil) == [LocalizedText(
            sv: "Mötet 2026-12-29 hålls efter tidsgränsen: individforum ska hållas inom 14 dagar från att behovet uppmärksammades, senast 2026-12-25, som är juldagen, alltså senast 2026-12-28.",
            en: "The meeting on 2026-12-29 is after the deadline: the individforum meets within 14 days of the need being noticed, by 2026-12-25, which is a Swedish public holiday (juldagen), so by 2026-12-28.")])
        #expect(christmas.warnings(meeting: LocalDate(year: 2026, month: 12, day: 28), today: LocalDate(year: 2026, month: 12, day: 11), validUntil: nil) == [])
        // On stderr, after "bus-docs: varning: ": a small first letter and no full stop.
        #expect(deadline.warnings(meeting: nil, today: today, validUntil: nil).map(\.asMessage.en)
                == ["the deadline has already passed: the individforum meets within 14 days of the need being noticed (2026-10-01), by 2026-10-15, and today is 2026-11-27"])
    }

    /// A forum with neither `namn` nor `ledamöter`: its title names the area, and its attendance list has
    /// its convener, then a manager with decision mandate from each other party (one row per party, not one
    /// for all), then one row left blank.
    @Test func aBareForumIsTheAreasAndListsItsConvener() {
        let bare = Documents.validText.replacingOccurrences(of: "    namn: BUS individforum\n", with: "")
        #expect(bare != Documents.validText)
        let source = Documents.source(bare)
        let view = ProtocolView(source, group: Documents.group("individforum", in: source), date: nil, noticed: nil, today: Documents.today)
        #expect(view.forumName == "BUS individforum Testområdet")
        #expect(view.title == "Protokoll – BUS individforum Testområdet")
        #expect(view.attendees.map { [$0.role, $0.organisation] } == [
            ["Enhetschef", "Teststads socialförvaltning"], ["Chef med beslutsmandat", "Teststads utbildningsförvaltning"],
            ["Chef med beslutsmandat", "BUP Teststad"], ["Chef med beslutsmandat", "Habilitering & Hälsa"],
            ["Chef med beslutsmandat", "BUMM Teststad"], ["", ""],
        ])
        #expect(view.attendees.map(\.isBlank) == [false, false, false, false, false, true])
        // A convener who is a member is listed once.
        let member = Documents.source(bare.replacingOccurrences(of: "    sammankallande: { part: sof, roll: Enhetschef }\n    möten: { vid-behov",
                                                                with: "    ledamöter:\n      - { part: sof, roll: Enhetschef }\n      - { part: bup, roll: Enhetschef }\n    sammankallande: { part: sof, roll: Enhetschef }\n    möten: { vid-behov"))
        let listed = ProtocolView(member, group: Documents.group("individforum", in: member), date: nil, noticed: nil, today: Documents.today)
        #expect(listed.attendees.map { [$0.role, $0.organisation] } == [["Enhetschef", "Teststads socialförvaltning"], ["Enhetschef", "BUP Teststad"], ["", ""], ["", ""], ["", ""]])
    }

    /// A convener whose role is a member's role with fewer words ("Enhetschef" beside "Enhetschef barn
    /// och unga" of the same party) is that member: listed once.
    @Test func aConvenerNamedShorterThanTheMemberIsListedOnce() {
        let text = Documents.validText.replacingOccurrences(of: "    sammankallande: { part: sof, roll: Enhetschef }\n    möten: { vid-behov",
                                                            with: "    ledamöter:\n      - { part: sof, roll: Enhetschef barn och unga }\n    sammankallande: { part: sof, roll: Enhetschef }\n    möten: { vid-behov")
        #expect(text != Documents.validText)
        let source = Documents.source(text)
        let view = ProtocolView(source, group: Documents.group("individforum", in: source), date: nil, noticed: nil, today: Documents.today)
        #expect(view.attendees.map { [$0.role, $0.organisation] } == [["Enhetschef barn och unga", "Teststads socialförvaltning"], ["", ""], ["", ""], ["", ""]])
    }

    /// The deviation form's steps: a step written with a capital ("Närmaste chef") reads in lower case in
    /// the sentence, and the county-wide body by another of its names is not a step already tried.
    @Test func deviationStepsReadAsSentencesAndLeaveOutTheCountyBody() {
        let text = Documents.validText.replacingOccurrences(of: "  första-steg: närmaste arbetsledare\n  eskalering: [individforum, BUSSAM]\n  mottagare: BUSSAM\n",
                                                            with: "  första-steg: Närmaste chef\n  eskalering: [individforum, samrådsgruppen för barns och ungas hälsa]\n  mottagare: BUSSAM\n")
        #expect(text != Documents.validText)
        let form = DeviationFormView(Documents.source(text))
        #expect(form.steps.map(\.label) == ["Frågan har tagits upp med närmaste chef", "Frågan har tagits upp i BUS individforum"])
    }

    /// A revision known by its month is shown by its month; an agreement without attachments has no
    /// "Bilagor" heading over an empty list.
    @Test func aMonthStaysAMonthAndNoAttachmentsNoHeading() throws {
        let text = Documents.validText.replacingOccurrences(of: "  - { datum: 2021-02-01, beskrivning:", with: "  - { datum: 2019-03, beskrivning:")
            .replacingOccurrences(of: "bilagor:\n  - { titel: Avvikelseblankett, mall: avvikelseblankett }\n  - { titel: Arbetsform för BUS individforum, fil: bilagor/individforum.md }\n", with: "")
        #expect(!text.contains("2021-02-01") && !text.contains("bilagor:"))
        let source = Documents.source(text)
        #expect(source.agreement.attachments.isEmpty)
        let html = try Documents.renderer.agreementPage(source)
        #expect(html.contains("2019-03") && !html.contains("2019-03-01"), "\(html)")
        #expect(!html.contains("Bilagor"), "\(html)")
        #expect(try Documents.renderer.agreementPage(Documents.source()).contains("<h2 id=\"bilagor-rubrik\">Bilagor</h2>"))
    }

    /// A group's name inside a sentence: a common noun phrase in lower case, a proper name as written.
    @Test func aGroupsNameInASentence() {
        let names = ["Lokala BUS-gruppen i Botkyrka", "Styrgruppen", "Lokal samrådsgrupp för barn och unga", "Samrådsgruppen för barns och ungas hälsa",
                     "BUS individforum", "BUS lokal styrgrupp Nacka", "BUSSAM", "Region Stockholm", "Habilitering & Hälsa", "Järfällas brukarråd", "styrgruppen"]
        #expect(names.map(Wording.inText) == ["lokala BUS-gruppen i Botkyrka", "styrgruppen", "lokal samrådsgrupp för barn och unga", "samrådsgruppen för barns och ungas hälsa",
                                              "BUS individforum", "BUS lokal styrgrupp Nacka", "BUSSAM", "Region Stockholm", "Habilitering & Hälsa", "Järfällas brukarråd", "styrgruppen"])
        let text = Documents.validText.replacingOccurrences(of: "namn: BUS lokal styrgrupp\n", with: "namn: Lokala BUS-gruppen i Testområdet\n")
            .replacingOccurrences(of: "eskalering: [individforum, BUSSAM]", with: "eskalering: [styrgrupp, individforum, BUSSAM]")
        #expect(text.contains("Lokala BUS-gruppen") && text.contains("eskalering: [styrgrupp,"))
        let source = Documents.source(text)
        let form = DeviationFormView(source)
        #expect(form.steps.map(\.label) == ["Frågan har tagits upp med närmaste arbetsledare", "Frågan har tagits upp i lokala BUS-gruppen i Testområdet",
                                             "Frågan har tagits upp i BUS individforum"])
        #expect(form.followedUpBy == "Lokala BUS-gruppen i Testområdet")
        #expect(form.resultUse == "Avvikelserna sammanställs och redovisas i den årliga uppföljningen, som lokala BUS-gruppen i Testområdet gör.")
        let forum = ProtocolView(source, group: Documents.group("individforum", in: source), date: nil, noticed: nil, today: Documents.today)
        #expect(forum.escalationGroup == "lokala BUS-gruppen i Testområdet")
        let agenda = AgendaView(source, group: Documents.group("styrgrupp", in: source), date: nil, today: Documents.today)
        #expect([agenda.groupName, agenda.groupNameInText] == ["Lokala BUS-gruppen i Testområdet", "lokala BUS-gruppen i Testområdet"])
    }

    /// Parties whose names have commas of their own take turns in quotation marks: the list says how many.
    @Test func aRotationAmongNamesWithCommasQuotesThem() {
        let text = Documents.validText.replacingOccurrences(of: "namn: Teststads socialförvaltning\n", with: "namn: Socialförvaltningen, Teststads kommun\n")
            .replacingOccurrences(of: "ordförande: { växlar: [kommun, region] }", with: "ordförande: { växlar: [sof, bup] }")
        let source = Documents.source(text)
        let steering = Documents.group("styrgrupp", in: source)
        guard case .rotating(let turns, let period)? = steering.chair?.value else { Issue.record("no rotation"); return }
        #expect(Wording.rotation(turns.map(\.value), period: period?.value, in: source.agreement)
                == "Växlar varje termin mellan ”Socialförvaltningen, Teststads kommun” och ”BUP Teststad”, med ”Socialförvaltningen, Teststads kommun” först vårterminen 2020")
        let plain = Documents.source(Documents.validText.replacingOccurrences(of: "ordförande: { växlar: [kommun, region] }", with: "ordförande: { växlar: [sof, bup] }"))
        guard case .rotating(let plainTurns, _)? = Documents.group("styrgrupp", in: plain).chair?.value else { Issue.record("no rotation"); return }
        #expect(Wording.rotation(plainTurns.map(\.value), period: nil, in: plain.agreement)
                == "Växlar varje termin mellan Teststads socialförvaltning och BUP Teststad, med Teststads socialförvaltning först vårterminen 2020")
    }

    @Test func alternatingChairTakesTurnsByTerm() {
        let steering = Documents.group("styrgrupp", in: source)
        let spring = AgendaView.chair(of: steering, on: LocalDate(year: 2027, month: 3, day: 1), in: source.agreement)
        let autumn = AgendaView.chair(of: steering, on: LocalDate(year: 2027, month: 9, day: 1), in: source.agreement)
        // The agreement names the principal whose turn it is, not a person: the agenda does not pick one.
        #expect(spring == "kommunen, vårterminen 2027 (ordförandeskapet växlar varje termin mellan kommunen och regionen, med kommunen först vårterminen 2020)")
        #expect(autumn == "regionen, höstterminen 2027 (ordförandeskapet växlar varje termin mellan kommunen och regionen, med kommunen först vårterminen 2020)")
    }

    /// The first in `växlar` chairs the agreement's first year (or term), whatever the calendar year's
    /// parity: an agreement from 2017 (an odd year) gives the municipality 2017 and the region 2018.
    @Test func aRotatingChairCountsFromTheAgreementsStart() {
        func chair(_ text: String, on date: LocalDate) -> String {
            let source = Documents.source(text)
            return AgendaView.chair(of: Documents.group("styrgrupp", in: source), on: date, in: source.agreement)
        }
        let yearly = Documents.validText.replacingOccurrences(of: "ordförande: { växlar: [kommun, region] }", with: "ordförande: { växlar: [kommun, region], period: år }")
        let from2017 = yearly.replacingOccurrences(of: "  från: 2020-01-01\n", with: "  från: 2017-01-01\n")
        #expect(chair(from2017, on: LocalDate(year: 2017, month: 3, day: 1)).hasPrefix("kommunen, år 2017 ("))
        #expect(chair(from2017, on: LocalDate(year: 2018, month: 3, day: 1)).hasPrefix("regionen, år 2018 ("))
        #expect(chair(from2017, on: LocalDate(year: 2026, month: 3, day: 1)).hasPrefix("regionen, år 2026 ("))
        #expect(chair(from2017, on: LocalDate(year: 2027, month: 3, day: 1))
                == "kommunen, år 2027 (ordförandeskapet växlar varje år mellan kommunen och regionen, med kommunen först år 2017)")
        let from2018 = yearly.replacingOccurrences(of: "  från: 2020-01-01\n", with: "  från: 2018-01-01\n")
        #expect(chair(from2018, on: LocalDate(year: 2027, month: 3, day: 1)).hasPrefix("regionen, år 2027 ("), "the turn follows the start")
        // Terms: an agreement from August begins with the autumn term.
        let autumnStart = Documents.validText.replacingOccurrences(of: "  från: 2020-01-01\n", with: "  från: 2020-08-15\n")
        #expect(chair(autumnStart, on: LocalDate(year: 2020, month: 9, day: 1)).hasPrefix("kommunen, höstterminen 2020 ("))
        #expect(chair(autumnStart, on: LocalDate(year: 2021, month: 3, day: 1))
                == "regionen, vårterminen 2021 (ordförandeskapet växlar varje termin mellan kommunen och regionen, med kommunen först höstterminen 2020)")
        // A meeting before the first turn (before the agreement starts): no turn worked out backwards.
        #expect(chair(autumnStart, on: LocalDate(year: 2020, month: 3, day: 1))
                == "____________ (ordförandeskapet växlar varje termin mellan kommunen och regionen, med kommunen först höstterminen 2020)")
        #expect(chair(from2018, on: LocalDate(year: 2017, month: 11, day: 1)).hasPrefix("____________ ("))
    }

    /// An agreement that says neither when it starts nor when it was revised does not say whose turn it
    /// is: the agenda leaves the chair to fill in, with the rotation, whatever the calendar says.
    @Test func aRotationWithoutAStartLeavesTheChairBlank() {
        let undated = Documents.validText.replacingOccurrences(of: "  från: 2020-01-01\n", with: "")
            .replacingOccurrences(of: "revisioner:\n  - { datum: 2021-02-01, beskrivning: Reviderad efter ny organisation }\n", with: "")
        let source = Documents.source(undated)
        #expect(Wording.rotationStart(of: source.agreement) == nil)
        for date in [LocalDate(year: 2026, month: 3, day: 1), LocalDate(year: 2026, month: 9, day: 1)] {
            #expect(AgendaView.chair(of: Documents.group("styrgrupp", in: source), on: date, in: source.agreement)
                    == "____________ (ordförandeskapet växlar varje termin mellan kommunen och regionen)")
        }
    }

    /// The text that is signed says what `protokoll:` says (BUS006: minutes on a fixed template), naming
    /// the attachment that holds it, so the signed document imports back complete.
    @Test func theIndividforumsMinutesAreInTheAgreement() {
        let forum = { (text: String) in
            let source = Documents.source(text)
            return AgreementView.groupView(Documents.group("individforum", in: source), in: source).minutes
        }
        #expect(forum(Documents.validText) == "Protokoll förs på den fasta protokollmallen.")
        let attached = Documents.validText.replacingOccurrences(of: "fil: bilagor/individforum.md", with: "mall: individforum")
        #expect(attached != Documents.validText)
        #expect(forum(attached) == "Protokoll förs på den fasta protokollmallen (bilaga: Arbetsform för BUS individforum).")
        #expect(forum(Documents.validText.replacingOccurrences(of: "    protokoll: individforum\n", with: "")) == nil)
        #expect(AgreementView.groupView(Documents.group("styrgrupp", in: source), in: source).minutes == nil)
    }

    /// The text's own `#` title is not printed again under the document's title; another `#` heading is.
    @Test func theTextsOwnTitleIsNotPrintedTwice() {
        let text = { (title: String) in
            SignedText.markdown(of: Documents.source(Documents.validText.replacingOccurrences(of: "# Lokal överenskommelse för BUS i Testområdet", with: title)).agreement)
        }
        for title in ["# Lokal BUS-överenskommelse för Testområdet", "# Lokal överenskommelse om BUS i Teststads kommun", "# Överenskommelse"] {
            #expect(text(title).hasPrefix("## Gemensamma utgångspunkter"), "\(title)")
        }
        for heading in ["# Bakgrund", "# Samverkan i Testområdet förr och nu"] {
            #expect(text(heading).hasPrefix(heading + "\n"), "\(heading)")
        }
    }

    @Test func aPublishedAgendaLeavesTheMeetingDateBlank() {
        let agenda = AgendaView(source, group: Documents.group("styrgrupp", in: source), date: nil, today: Documents.today)
        #expect(agenda.meetingDate == nil)
        #expect(agenda.term == "höstterminen 2026")
    }

    /// Printed for a meeting not yet set, every blank of the Markdown agenda has a line to write on.
    @Test func aMarkdownAgendaWithoutADateHasALineForIt() throws {
        let agenda = try Documents.renderer.groupDocument(source, group: Documents.group("styrgrupp", in: source), date: nil,
                                                          noticed: nil, today: Documents.today, format: .md)
        #expect(agenda.contains("\n- Datum: ____________\n- Plats: ____________\n"), "\(agenda.prefix(400))")
    }

    /// The Markdown protocol and agenda are written in by hand: no pipe table, whose cell holds no
    /// paragraph and breaks at a line break, but a line or a heading with room under it for each thing to
    /// write. A chair's paragraph of several lines, written under an action, leaves the document as cmark
    /// reads it as it was: the same headings, the parties still to tick under each action.
    @Test func theMarkdownProtocolAndAgendaHaveRoomToWriteNotTables() throws {
        let minutes = try Documents.renderer.groupDocument(source, group: Documents.group("individforum", in: source), date: nil,
                                                           noticed: nil, today: Documents.today, format: .md)
        let agenda = try Documents.renderer.groupDocument(source, group: Documents.group("styrgrupp", in: source), date: nil,
                                                          noticed: nil, today: Documents.today, format: .md)
        for document in [minutes, agenda] {
            #expect(!document.split(separator: "\n").contains { $0.hasPrefix("|") }, "\(document)")
        }
        func headings(_ markdown: String) -> [String] {
            CommonMarkConverter.blocks(from: markdown).compactMap { block in
                if case .heading(let level) = block.kind { return "h\(level) " + block.spans.map(\.text).joined() }
                return nil
            }
        }
        #expect(headings(minutes) == ["h1 Protokoll – BUS individforum – Testområdet", "h2 Närvaro", "h2 Anledning till mötet", "h2 Ärendet", "h2 Beslut",
                                       "h3 Åtgärd 1", "h3 Åtgärd 2", "h3 Åtgärd 3", "h3 Åtgärd 4", "h2 Uppföljning", "h2 Justering"])
        // Written in: a paragraph over two lines in place of the first action's first line to write on.
        let written = minutes.replacingOccurrences(of: "Vad ska göras:\n\n________________________________________________________________\n",
                                                    with: "Vad ska göras:\n\nSocialtjänsten kallar till en ny SIP inom två veckor | med BUP och skolan,\noch skolan utser en kontaktperson.\n")
        #expect(written != minutes)
        #expect(headings(written) == headings(minutes))
        let html = CommonMarkConverter.html(from: written)
        #expect(html.contains("<p>Socialtjänsten kallar till en ny SIP inom två veckor | med BUP och skolan,\noch skolan utser en kontaktperson.</p>"), "\(html)")
        #expect(html.components(separatedBy: "<li>[ ] Teststads socialförvaltning</li>").count - 1 == 4, "\(html)")
        #expect(minutes.contains("\n- Enhetschef, Teststads socialförvaltning: [ ] närvarande [ ] frånvarande — ersättare: ____________\n"), "\(minutes)")
    }

    /// The skeleton's "Ersättare med samma mandat" names nobody: the agenda leaves the column to fill in.
    @Test func theSkeletonsSubstituteIsLeftBlankOnTheAgenda() {
        let text = Documents.validText.replacing("{ part: sof, roll: Avdelningschef, ersättare: Enhetschef }",
                                                 with: "{ part: sof, roll: Avdelningschef, ersättare: \(AgreementDraft.placeholderSubstitute) }")
        let own = AgendaView(source, group: Documents.group("styrgrupp", in: source), date: nil, today: Documents.today)
        #expect(own.attendees.first?.substitute == "Enhetschef")
        let skeleton = Documents.source(text)
        let agenda = AgendaView(skeleton, group: Documents.group("styrgrupp", in: skeleton), date: nil, today: Documents.today)
        #expect(agenda.attendees.first?.role == "Avdelningschef")
        #expect(agenda.attendees.first?.substitute == nil)
    }

    /// The deviation form asks for what the register records of each deviation — its topic and its status,
    /// with the register's values — in every format, and as the register does, one value each: a radio
    /// group named `amne` and one named `status` in HTML (and so in the PDF), a drop-down tagged so in Word,
    /// "kryssa ett" in Markdown.
    @Test func theDeviationFormAsksForTheRegistersTopicAndStatusOnceEach() throws {
        let view = DeviationFormView(source)
        #expect(view.topics.map(\.value) == DeviationTopic.allCases.map(\.rawValue))
        #expect(view.statuses.map(\.value) == DeviationStatus.allCases.map(\.rawValue))
        let topics = ["SIP", "Remisshantering", "Informationsöverföring", "Samtycke", "Ansvarsfördelning", "Annat"]
        let statuses = ["Löst lokalt", "Skickad till BUSSAM", "Öppen – inte löst ännu"]
        #expect(view.topics.map(\.label) == topics && view.statuses.map(\.label) == statuses)
        let ids = ["amne-sip", "amne-remiss", "amne-informationsoverforing", "amne-samtycke", "amne-ansvar", "amne-annat",
                   "status-lost-lokalt", "status-skickad-vidare", "status-oppen"]
        #expect((view.topics + view.statuses).map(\.id) == ids)
        #expect(Set(view.topics.map(\.field)) == ["amne"] && Set(view.statuses.map(\.field)) == ["status"])

        // Every control of the HTML form whose name or id begins with amne or status: type, name, id, value, label.
        let html = try Documents.renderer.deviationForm(source, format: .html)
        func attribute(_ name: String, _ tag: Substring) -> String {
            tag.components(separatedBy: " \(name)=\"").dropFirst().first?.components(separatedBy: "\"").first ?? ""
        }
        let controls = html.components(separatedBy: "<input ").dropFirst().compactMap { input -> String? in
            let tag = input.prefix { $0 != ">" }
            let (name, id) = (attribute("name", " " + tag), attribute("id", " " + tag))
            guard [name, id].contains(where: { $0.hasPrefix("amne") || $0.hasPrefix("status") }) else { return nil }
            let label = input.components(separatedBy: "<label for=\"\(id)\">").dropFirst().first?.components(separatedBy: "</label>").first ?? ""
            return [attribute("type", " " + tag), name, id, attribute("value", " " + tag), label].joined(separator: " ")
        }
        let expected = zip(ids, view.topics + view.statuses).map { id, choice in
            ["radio", id.hasPrefix("amne") ? "amne" : "status", id, choice.value, choice.label].joined(separator: " ")
        }
        #expect(controls == expected, "\(controls)")
        #expect(html.contains("<legend>Ämne</legend>") && html.contains("<legend>Status</legend>"))

        let markdown = try Documents.renderer.deviationForm(source, format: .md)
        #expect(markdown.contains("- Ämne (kryssa ett):\n" + topics.map { "  - [ ] \($0)\n" }.joined() + "- Beskrivning"), "\(markdown)")
        #expect(markdown.contains("## Status\n\nKryssa ett:\n\n" + statuses.map { "- [ ] \($0)\n" }.joined() + "\n## Hantering"), "\(markdown)")

        // Word: one drop-down each, tagged with the HTML form's field name, its items the register's values
        // with their labels, and the labels written out for paper as its placeholder.
        let word = try WordPackage.textParts(of: Data(try WordRenderer().deviationForm(source)))["word/document.xml"] ?? ""
        #expect(WordDocumentTests.controls(in: word).filter { $0.contains(" amne") || $0.contains(" status") } == ["dropdown amne", "dropdown status"])
        for (tag, choices, which) in [("amne", view.topics, "ämnena"), ("status", view.statuses, "svaren")] {
            let control = word.components(separatedBy: "<w:tag w:val=\"\(tag)\"/>").dropFirst().first?.components(separatedBy: "</w:sdt>").first ?? ""
            let items = control.components(separatedBy: "<w:listItem ").dropFirst().map { "<w:listItem " + $0.prefix { $0 != ">" } + ">" }
            #expect(items == choices.map { "<w:listItem w:displayText=\"\($0.label)\" w:value=\"\($0.value)\"/>" }, "\(items)")
            #expect(control.contains("<w:showingPlcHdr/>") && control.contains(">Kryssa i ett av \(which): \(choices.map { "\u{2610} \($0.label)" }.joined(separator: "   "))</w:t></w:r></w:sdtContent>"), "\(tag)")
        }
    }

    /// A receiver written as a common noun is named in its definite form where a sentence sends the form
    /// to it ("skickas till samrådsgruppen …", "socialtjänsten"); a proper name stays as written.
    @Test func theReceiverIsNamedAsASentenceNamesIt() throws {
        func form(receiver: String) throws -> (view: DeviationFormView, markdown: String) {
            let text = Documents.validText.replacingOccurrences(of: "  eskalering: [individforum, BUSSAM]\n  mottagare: BUSSAM\n",
                                                                 with: "  eskalering: [individforum, \(receiver)]\n  mottagare: \(receiver)\n")
            #expect(text != Documents.validText)
            let source = Documents.source(text)
            return (DeviationFormView(source), try Documents.renderer.deviationForm(source, format: .md))
        }
        let group = try form(receiver: "samrådsgrupp för barns och ungas hälsa")
        #expect(group.markdown.contains("\n- [ ] Ja – skickas till samrådsgruppen för barns och ungas hälsa\n"), "\(group.markdown)")
        #expect(group.view.statuses.map(\.label)[1] == "Skickad till samrådsgruppen för barns och ungas hälsa")
        // "Vem tar emot" names it the same way, not as the front matter writes it.
        #expect(group.view.recipient.hasSuffix("; frågor av principiell karaktär: samrådsgruppen för barns och ungas hälsa"), "\(group.view.recipient)")
        #expect(try form(receiver: "socialtjänst").view.receiver == "socialtjänsten")
        #expect(try form(receiver: "BUSSAM:s sekretariat").view.receiver == "BUSSAM:s sekretariat")
        #expect(try form(receiver: "Samrådsgruppen för barns och ungas hälsa").view.receiver == "Samrådsgruppen för barns och ungas hälsa")
        #expect(Wording.definiteBody("samrådsgruppen för barns och ungas hälsa") == "samrådsgruppen för barns och ungas hälsa")
        #expect(Wording.definiteBody("regionalt sekretariat") == "regionalt sekretariat", "an adjective first: left as written")
    }

    /// A party id the agreement does not have (an error the check reports) is never printed as if it
    /// named someone: the organisation is left out, the fixed chair is chosen at the meeting.
    @Test func anUnknownPartyIDIsNotPrinted() throws {
        let text = Documents.validText.replacingOccurrences(of: "      - { part: bup, roll: Verksamhetschef }\n      - { part: hab",
                                                             with: "      - { part: bup-xyz, roll: Verksamhetschef }\n      - { part: hab")
            .replacingOccurrences(of: "    ordförande: { växlar: [kommun, region] }", with: "    ordförande: { part: bup-xyz }")
        #expect(text.components(separatedBy: "bup-xyz").count == 3)
        let source = Documents.source(text)
        #expect(source.diagnostics.contains { $0.ruleID == "BUS014" })
        let agenda = AgendaView(source, group: Documents.group("styrgrupp", in: source), date: nil, today: Documents.today)
        #expect(agenda.attendees.map(\.organisation).prefix(3) == ["Teststads socialförvaltning", "Teststads utbildningsförvaltning", "–"])
        #expect(agenda.chair == "utses vid mötet")
        for format in DocumentRenderer.Format.allCases {
            let output = try Documents.renderer.groupDocument(source, group: Documents.group("styrgrupp", in: source), date: nil, noticed: nil,
                                                              today: Documents.today, format: format)
            #expect(!output.contains("bup-xyz"), "\(format)")
        }
    }

    @Test func agendaItemsFollowTheAgreement() {
        let steering = AgendaView(source, group: Documents.group("styrgrupp", in: source), date: nil, today: Documents.today)
        // The working group by the name the agreement gives it.
        #expect(steering.items.map(\.title).contains("Uppdrag till BUS arbetsgrupp"))
        #expect(steering.lead == "Styrgrupp för Testområdet")
        // A name that does not say the kind: the name first, its kind after it; the items name it too.
        let renamed = Documents.source(Documents.validText.replacingOccurrences(of: "namn: BUS lokal styrgrupp\n", with: "namn: Ledningsgruppen för BUS\n"))
        #expect(AgendaView(renamed, group: Documents.group("styrgrupp", in: renamed), date: nil, today: Documents.today).lead
                == "Ledningsgruppen för BUS (styrgrupp för Testområdet)")
        #expect(AgendaView(renamed, group: Documents.group("arbetsgrupp", in: renamed), date: nil, today: Documents.today).items.map(\.title)
                .contains("Uppdrag från ledningsgruppen för BUS: rapport"))
        #expect(steering.items.first { $0.title.hasPrefix("Uppföljning") }?.details.count == 4)
        let working = AgendaView(source, group: Documents.group("arbetsgrupp", in: source), date: nil, today: Documents.today)
        #expect(!working.items.map(\.title).contains { $0.hasPrefix("Uppföljning") })
    }

    @Test func everyTextValueIsEscapedAndRawHTMLIsDropped() throws {
        let hostile = Documents.validText
            .replacingOccurrences(of: "område: Testområdet", with: "område: \"<script>alert(1)</script>\"")
            .replacingOccurrences(of: "namn: BUP Teststad", with: "namn: \"BUP <img src=x onerror=alert(2)>\"")
            .replacingOccurrences(of: "Barnkonventionen gäller.", with: "Barnkonventionen <script>alert(3)</script> gäller.")
        let source = Documents.source(hostile)
        let renderer = Documents.renderer
        let pages = [
            try renderer.agreementPage(source), try renderer.index([source]), try renderer.deviationForm(source),
            try renderer.groupDocument(source, group: Documents.group("individforum", in: source), date: nil, noticed: nil, today: Documents.today),
        ]
        for page in pages {
            #expect(!page.contains("<script>"))
            #expect(!page.contains("<img"))
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
        #expect(pages[0].contains("Barnkonventionen <!-- raw HTML omitted -->alert(3)<!-- raw HTML omitted --> gäller."))
    }

    @Test func explicitSectionIDsAreNotShownInTheText() throws {
        let text = Documents.validText.replacingOccurrences(of: "## Uppföljning av överenskommelsen", with: "## Så följer vi upp {#uppföljning}")
        let page = try Documents.renderer.agreementPage(Documents.source(text))
        #expect(page.contains("<h3>Så följer vi upp</h3>"))
        #expect(!page.contains("{#"))
    }

    @Test func comparisonMarksWhatDiffers() {
        let may = Documents.source(Documents.validText.replacingOccurrences(of: "skolan: ska", with: "skolan: kan"), slug: "b")
        let third = Documents.source(slug: "c")
        let index = IndexView([source, may, third])
        let column = index.columns.firstIndex(of: "Skolan och SIP")!
        #expect(index.rows.map { $0.cells[column].text } == ["ska", "kan", "ska"])
        #expect(index.rows.map { $0.cells[column].differs } == [false, true, false])
        let lost = Documents.source(Documents.validText.replacingOccurrences(of: "verksamheter: [bumm]", with: "verksamheter: [lss]"), slug: "d")
        let withGap = IndexView([source, lost])
        #expect(withGap.rows[1].cells[4].missing && withGap.rows[1].cells[4].differs)
    }

    /// The front page lists areas as a Swedish reader looks them up: Österåker and Älvsjö after Vallentuna,
    /// not in the order of their file names.
    @Test func theIndexIsInSwedishAlphabeticalOrder() {
        let area = { (name: String, slug: String) in
            Documents.source(Documents.validText.replacingOccurrences(of: "område: Testområdet", with: "område: \(name)"), slug: slug)
        }
        let index = IndexView([area("Österåker", "a-osteraker"), area("Älvsjö", "b-alvsjo"), area("Vallentuna", "c-vallentuna"), area("ekerö", "d-ekero")])
        #expect(index.rows.map(\.area) == ["ekerö", "Vallentuna", "Älvsjö", "Österåker"])
        #expect(index.entries.map(\.area) == ["ekerö", "Vallentuna", "Älvsjö", "Österåker"])
    }

    @Test func comparisonShowsConsentAndTreatsPlaceholderPartiesAsMissing() {
        let oral = Documents.source(Documents.validText.replacingOccurrences(of: "samtycke: skriftligt", with: "samtycke: muntligt"), slug: "b")
        let draft = Documents.source(Documents.validText.replacingOccurrences(of: "namn: BUMM Teststad", with: "namn: Ange partens namn i Teststad (BUMM)"), slug: "c")
        let index = IndexView([source, oral, draft])
        let consent = index.columns.firstIndex(of: "Samtycke")!
        #expect(index.rows.map { $0.cells[consent].text } == ["skriftligt", "muntligt", "skriftligt"])
        #expect(index.rows.map { $0.cells[consent].differs } == [false, true, false])
        let bumm = index.columns.firstIndex(of: "BUMM")!
        #expect(index.rows.map { $0.cells[bumm].text } == ["finns", "finns", "saknas"])
        #expect(index.rows[2].cells[bumm].missing)
    }
}
