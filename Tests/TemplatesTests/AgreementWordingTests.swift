import BUSDocsKit
import Foundation
import TestSupport
import Testing
@testable import Templates

/// How the documents say what an agreement written in ordinary Swedish says: drafts, rotating chairs,
/// validity from signing, receivers by any of their names, an area's own protocol template.
@Suite struct AgreementWordingTests {
    @Test func aDraftIsShownAsADraftNotAsValid() throws {
        let draft = Documents.source(Documents.validText.replacingOccurrences(of: "typ: lokal-överenskommelse", with: "typ: lokal-överenskommelse\nstatus: utkast"))
        let status = try #require(AgreementView(draft, bodyHTML: "").status)
        #expect(status.label == "Utkast" && !status.isValid)
        let revoked = Documents.source(Documents.validText.replacingOccurrences(of: "typ: lokal-överenskommelse", with: "typ: lokal-överenskommelse\nstatus: upphävd"))
        #expect(try #require(AgreementView(revoked, bodyHTML: "").status).label == "Upphävd")
        let decided = Documents.source(Documents.validText.replacingOccurrences(of: "typ: lokal-överenskommelse", with: "typ: lokal-överenskommelse\nstatus: beslutad"))
        #expect(try #require(AgreementView(decided, bodyHTML: "").status).label == "Giltig")
    }

    /// On the build's `--today`, an agreement whose `till` has passed has ended, in the past tense, and
    /// one whose `från` is ahead is not yet in force — neither is "Giltig", on its page or its index row.
    @Test func anExpiredOrNotYetValidAgreementIsNotShownAsValid() throws {
        let ended = Documents.validText.replacingOccurrences(of: "  till: tillsvidare", with: "  till: 2025-12-31")
        let source = Documents.source(ended)
        let page = AgreementView(source, bodyHTML: "")
        let pageStatus = try #require(page.status)
        #expect(pageStatus.label == "Har upphört att gälla" && pageStatus.cssClass == "status-upphord" && !pageStatus.isValid)
        #expect(page.validity == "Gällde från 2020-01-01 till och med 2025-12-31.")
        let row = try #require(IndexView([source]).entries.first)
        #expect(row.status.label == "Har upphört att gälla")

        // Errors too: that it has ended comes first, the errors are still there to read.
        let endedWithErrors = Documents.source(ended.replacingOccurrences(of: "samtycke: skriftligt", with: "samtycke: saknas"))
        #expect(endedWithErrors.diagnostics.contains { $0.severity == .error })
        let erroneous = AgreementView(endedWithErrors, bodyHTML: "")
        let erroneousStatus = try #require(erroneous.status)
        #expect(erroneousStatus.label == "Har upphört att gälla – med fel" && erroneousStatus.cssClass == "status-upphord" && !erroneousStatus.isValid)
        #expect(try #require(IndexView([endedWithErrors]).entries.first).status.label == "Har upphört att gälla – med fel")

        let ahead = Documents.validText.replacingOccurrences(of: "  från: 2020-01-01", with: "  från: 2027-06-01")
        let future = AgreementView(Documents.source(ahead), bodyHTML: "")
        let futureStatus = try #require(future.status)
        #expect(futureStatus.label == "Gäller från 2027-06-01" && !futureStatus.isValid)
        #expect(future.validity == "Gäller från 2027-06-01 tills vidare.")

        // The last day itself is still valid, and so is the first.
        let lastDay = Documents.validText.replacingOccurrences(of: "  till: tillsvidare", with: "  till: 2026-11-24")
        // (with BUS012's warning that it expires that day)
        let last = try #require(AgreementView(Documents.source(lastDay), bodyHTML: "").status)
        #expect(last.label == "Giltig med varningar" && last.isValid)
        let firstDay = Documents.validText.replacingOccurrences(of: "  från: 2020-01-01", with: "  från: 2026-11-24")
        #expect(try #require(AgreementView(Documents.source(firstDay), bodyHTML: "").status).label == "Giltig")
    }

    @Test func anAgreementThatStartsAtSigningSaysSo() {
        let text = Documents.validText.replacingOccurrences(of: "  från: 2020-01-01\n", with: "")
        #expect(AgreementView(Documents.source(text), bodyHTML: "").validity == "Gäller från undertecknandet tills vidare.")
    }

    @Test func aChairRotatingYearlyAmongNamedPartiesTakesTurnsByYear() {
        let text = Documents.validText.replacingOccurrences(of: "ordförande: { växlar: [kommun, region] }", with: "ordförande: { växlar: [bup, sof], period: år }")
        let source = Documents.source(text)
        #expect(source.diagnostics.isEmpty, "\(source.diagnostics.map(\.message.en))")
        let steering = Documents.group("styrgrupp", in: source)
        let spring = AgendaView.chair(of: steering, on: LocalDate(year: 2027, month: 3, day: 1), in: source.agreement)
        let autumn = AgendaView.chair(of: steering, on: LocalDate(year: 2027, month: 9, day: 1), in: source.agreement)
        let next = AgendaView.chair(of: steering, on: LocalDate(year: 2028, month: 3, day: 1), in: source.agreement)
        #expect(spring == autumn, "a yearly chair does not change between the terms")
        #expect(spring == "Avdelningschef, Teststads socialförvaltning, år 2027 (ordförandeskapet växlar varje år mellan BUP Teststad och Teststads socialförvaltning, med BUP Teststad först år 2020)")
        #expect(next.hasPrefix("Verksamhetschef, BUP Teststad, år 2028 ("))
        #expect(AgreementView.groupView(steering, in: source).chair == "växlar varje år mellan BUP Teststad och Teststads socialförvaltning, med BUP Teststad först år 2020")
        // Without a start date or a dated revision, the page does not say who began.
        let undated = Documents.source(text.replacingOccurrences(of: "  från: 2020-01-01\n", with: "")
            .replacingOccurrences(of: "revisioner:\n  - { datum: 2021-02-01, beskrivning: Reviderad efter ny organisation }\n", with: ""))
        #expect(Wording.rotationStart(of: undated.agreement) == nil)
        #expect(AgreementView.groupView(Documents.group("styrgrupp", in: undated), in: undated).chair == "växlar varje år mellan BUP Teststad och Teststads socialförvaltning")
    }

    /// A group named by its kind alone is not followed by its kind again: "Individforum", not
    /// "Individforum (Individforum)", on the page and in Word.
    @Test func aGroupNamedByItsKindIsNotNamedTwice() throws {
        let plain = Documents.source(Documents.validText.replacingOccurrences(of: "    namn: BUS individforum\n", with: "    namn: Individforum\n"))
        let page = try DocumentRenderer(templates: try TemplateSet.load()).agreementPage(plain)
        #expect(page.contains("<h3 id=\"grupp-individforum\">Individforum</h3>"), "\(page)")
        #expect(!page.contains("Individforum <small>"))
        #expect(try DocumentRenderer(templates: try TemplateSet.load()).agreementPage(Documents.source())
            .contains("<h3 id=\"grupp-individforum\">BUS individforum <small>(Individforum)</small></h3>"))
    }

    @Test func receiversWrittenDifferentlyAreTheSameInTheIndex() {
        let a = Documents.source(Documents.validText.replacingOccurrences(of: "mottagare: BUSSAM", with: "mottagare: BUS-SAM"))
        let b = Documents.source(Documents.validText.replacingOccurrences(of: "mottagare: BUSSAM", with: "mottagare: BUSSAM:s sekretariat"))
        #expect(IndexView.values(of: a)[5] == "samrådsgruppen för barns och ungas hälsa")
        #expect(IndexView.values(of: b)[5] == "samrådsgruppen för barns och ungas hälsa")
    }

    @Test func aProtocolTemplateOfTheAreasOwnRendersTheProtocol() throws {
        let folder = Scratch.url("bus-docs-own")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{<layout}}{{$content}}{{#page}}<h1>Vårt eget protokoll: {{forumName}}</h1>{{/page}}{{/content}}{{/layout}}"
            .write(to: folder.appendingPathComponent("protokoll-teststad.mustache"), atomically: true, encoding: .utf8)
        let templates = try TemplateSet.load(overrides: folder.path)
        #expect(templates.customNames == ["protokoll-teststad"])
        let text = Documents.validText.replacingOccurrences(of: "protokoll: individforum", with: "protokoll: protokoll-teststad")
        let parsed = AgreementParser.parse(bytes: Array(text.utf8), path: "t.md")
        let validator = Validator(today: Documents.today, userTemplates: templates.customNames)
        let source = DocumentSource(agreement: try #require(parsed.agreement), diagnostics: validator.validate(parsed), ruleSet: validator.ruleSet(for: parsed.agreement!).0, slug: "t")
        #expect(source.diagnostics.isEmpty, "\(source.diagnostics.map(\.message.en))")
        let html = try DocumentRenderer(templates: templates).groupDocument(source, group: Documents.group("individforum", in: source), date: nil, noticed: nil, today: Documents.today)
        #expect(html.contains("<h1>Vårt eget protokoll: "))
        // Without the folder the name is unknown: BUS014.
        #expect(Validator(today: Documents.today).validate(parsed).map(\.ruleID) == ["BUS014"])
    }

    @Test func theIndexSaysAnAgreementValidFromSigningStartsThen() {
        let text = Documents.validText.replacingOccurrences(of: "  från: 2020-01-01\n", with: "")
        let entry = IndexView.Summary(Documents.source(text)).entry
        #expect(entry.validity.hasPrefix("från undertecknandet – "), "\(entry.validity)")
    }

    @Test func theDeviationFormNamesAMultiWordFollowUpGroupWithoutAGenitive() {
        let text = Documents.validText.replacingOccurrences(of: "namn: BUS lokal styrgrupp", with: "namn: BUS lokal styrgrupp Teststad")
        let form = DeviationFormView(Documents.source(text))
        #expect(form.resultUse == "Avvikelserna sammanställs och redovisas i den årliga uppföljningen, som BUS lokal styrgrupp Teststad gör.")
    }

    @Test func theAgendaAndTheProtocolNameTheMinuteTakerAlike() throws {
        let source = Documents.source()
        for format in DocumentRenderer.Format.allCases {
            let agenda = try Documents.renderer.groupDocument(source, group: Documents.group("styrgrupp", in: source), date: nil, noticed: nil, today: Documents.today, format: format)
            let protocol_ = try Documents.renderer.groupDocument(source, group: Documents.group("individforum", in: source), date: nil, noticed: nil, today: Documents.today, format: format)
            #expect(agenda.contains("Protokollförare") && protocol_.contains("Protokollförare"))
            #expect(!agenda.contains("Sekreterare"))
        }
    }

    /// On paper the Markdown form has a box to tick for every party, as the HTML form has; the protocol
    /// has a box for every party under every decision, as the HTML and Word forms have: several parties
    /// may share an action.
    @Test func theMarkdownDocumentsListEveryPartyOnce() throws {
        let source = Documents.source()
        let names = source.agreement.parties.compactMap(\.name?.value)
        let form = try Documents.renderer.deviationForm(source, format: .md)
        #expect(form.contains("\n- Part:\n" + names.map { "  - [ ] \($0)\n" }.joined() + "- Namn: ____________\n- Roll: ____________\n"), "\(form)")
        #expect(form.contains("\n- Avvikelsen gäller part:\n" + names.map { "  - [ ] \($0)\n" }.joined() + "- Ämne (kryssa ett):\n"), "\(form)")
        let forum = try Documents.renderer.groupDocument(source, group: Documents.group("individforum", in: source), date: nil, noticed: nil,
                                                         today: Documents.today, format: .md)
        // Under each action, every party with a box: the actions are sections to write in, not table cells.
        let parties = "- Ansvarig part:\n" + names.map { "  - [ ] \($0)\n" }.joined()
        #expect(forum.components(separatedBy: parties).count - 1 == 4, "\(forum)")
        #expect(forum.contains(parties + "\n## Uppföljning\n"), "\(forum)")
    }

    /// A party still named the way `new` wrote it, without its "(ange enhetens namn)", is no provider yet.
    @Test func theIndexDoesNotCountAGeneratedPartyNameAsAProvider() {
        let text = Documents.validText.replacingOccurrences(of: "namn: BUP Teststad", with: "namn: \"BUP (barn- och ungdomspsykiatri) i Testområdet, Region Stockholm\"")
        let summary = IndexView.Summary(Documents.source(text))
        #expect(!summary.provided.contains("bup"))
        #expect(IndexView.Summary(Documents.source()).provided.contains("bup"))
    }

    /// The signed agreement names services as an official would, not by the words the rules read them by.
    @Test func servicesAreNamedAsDocumentsNameThem() throws {
        let source = Documents.source()
        let view = AgreementView(source, bodyHTML: "", inSite: false)
        let services = view.parties.flatMap(\.services) + [view.sipInitiators ?? ""]
        #expect(services.contains("socialtjänst"))
        #expect(!services.contains { $0.contains("(socialtjänst /") || $0.contains("utbildningsförvaltning /") }, "\(services)")
        #expect(view.sipInitiators?.hasPrefix("socialtjänst, förskola och skola, BUP (barn- och ungdomspsykiatri)") == true, "\(view.sipInitiators ?? "")")
        // Findings keep the words the rules read.
        #expect(source.ruleSet.serviceName("socialtjanst", in: .swedish) == "socialtjänst (socialtjänst / stadsdelsförvaltning)")
    }
    /// A follow-up without `indikatorer:` says who follows up and how often, without "Indikatorer:" and an
    /// empty list under it, on the page (and so in the PDF) and in Word.
    @Test func aFollowUpWithoutIndicatorsHasNoEmptyList() throws {
        let without = Documents.source(Documents.validText.replacingOccurrences(of: "  indikatorer: [individforum-ärenden, olösta-ärenden, avvikelser, sip]\n", with: ""))
        #expect(without.agreement.followUp?.indicators.isEmpty == true)
        let page = try Documents.renderer.agreementPage(without, siteHome: nil)
        #expect(page.contains("<p>BUS lokal styrgrupp följer upp överenskommelsen en gång per år.</p>\n</section>"), "\(page)")
        #expect(!page.contains("Indikatorer") && !page.contains("<ul></ul>"))
        let word = try WordPackage.textParts(of: Data(try WordRenderer().agreement(without)))["word/document.xml"] ?? ""
        #expect(word.contains("följer upp överenskommelsen en gång per år.<") && !word.contains("Indikatorer"))
        // With indicators, both say them.
        #expect(try Documents.renderer.agreementPage(Documents.source(), siteHome: nil).contains("en gång per år. Indikatorer:</p>\n<ul><li>"))
        let withIndicators = try WordPackage.textParts(of: Data(try WordRenderer().agreement(Documents.source())))["word/document.xml"] ?? ""
        #expect(withIndicators.contains("en gång per år. Indikatorer:<"))
    }
}
