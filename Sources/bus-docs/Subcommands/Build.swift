import ArgumentParser
import BUSDocsKit
import Foundation
import Templates

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Publish agreements as HTML: a page each, their protocol templates, agendas and deviation forms, and an index.",
        discussion: "Checks first; an agreement with errors is still published, marked as not valid. Exit status: 0, 1 when any agreement has errors, 2 for usage, template or I/O problems.")

    @Argument(help: "Agreement files or folders (searched for *.md). Default: Agreements/.")
    var paths: [String] = []

    @Option(name: [.customShort("o"), .long], help: "The output folder.")
    var out = "_site"

    @OptionGroup var templateOptions: TemplateOptions
    @OptionGroup var ruleSetOptions: RuleSetOptions

    @Option(help: ArgumentHelp("The date to check and date documents against, YYYY-MM-DD (default: today).", valueName: "date"))
    var today: String?

    @Option(help: "A follow-up register (see `report`): publishes uppfoljning/YEAR.html and links each area's latest from its page and the index.")
    var register: String?

    /// Agreements rendered at a time: enough to keep every core busy, few enough that memory stays flat.
    static let piece = 64

    func run() throws {
        let inputs = paths.isEmpty ? ["Agreements"] : paths
        try OutputWriter.checkOutputFolder(out, inputs: inputs)
        let templates = try templateOptions.load()
        let date = try Today.parse(today)
        let validator = Validator(ruleSet: try ruleSetOptions.load(), today: date, userTemplates: templates.customNames)
        let language = Language.fromEnvironment(ProcessInfo.processInfo.environment)
        let builder = SiteBuilder(renderer: DocumentRenderer(templates: templates), today: date)
        let publisher = try SitePublisher(out: out)
        var reports: [CheckReport.File] = []
        var summaries: [IndexView.Summary] = []
        var fileCount = 0
        // Attachments named without a link (their warnings are printed above the summary, not counted in it).
        var unlinked = 0
        var registerReport = CheckReport(files: [])
        do {
            let paths = try CheckedFile.collect(inputs)
            // The follow-up needs every agreement at once; it is read first, and published only when its
            // register has no errors.
            var links: [String: ReportLink] = [:]
            if let register {
                try FollowUpInput.checkFolder(register)
                let input = FollowUpInput(try CheckedAgreement.loadAll(paths, validator: validator), register: register, upTo: nil, today: date)
                // Agreements that cannot be read are reported with the others below.
                registerReport = CheckReport(files: input.files.filter { !$0.path.hasSuffix(".md") })
                if registerReport.errorCount == 0 {
                    let pages = try input.sitePages(renderer: builder.renderer, today: date)
                    try builder.validate(pages.files)
                    try publisher.stage(pages.files)
                    fileCount += pages.files.count
                    links = pages.links
                }
                print(TextFormatter().findings(registerReport, language: language), terminator: "")
            }
            // Each agreement is read, checked, rendered and staged in one go; only its findings and what
            // the index needs of it are kept.
            let reportLinks = links
            for piece in Array(zip(paths, Slugs.make(for: paths))).chunks(of: Self.piece) {
                let results = try Array(piece).parallelMap { path, slug -> (CheckReport.File, IndexView.Summary, Int, Int) in
                    var checked = try CheckedAgreement.load(path, slug: slug, validator: validator).readingAttachments()
                    checked.document?.followUpReport = reportLinks[(RegisterReader.areaFolder(register: "", agreementPath: path) as NSString).lastPathComponent]
                    let files = try builder.files(for: checked.siteEntry)
                    try builder.validate(files)
                    try publisher.stage(files)
                    return (checked.reportFile, builder.summary(of: checked.siteEntry), files.count, checked.unpublishedAttachments.count)
                }
                let report = CheckReport(files: results.map(\.0))
                print(TextFormatter().findings(report, language: language), terminator: "")
                unlinked += results.map(\.3).reduce(0, +)
                reports += report.files
                summaries += results.map(\.1)
                fileCount += results.map(\.2).reduce(0, +)
            }
            let index = try builder.index(summaries: summaries)
            try builder.validate([index])
            try publisher.stage([index, builder.stylesheet])
            try publisher.commit()
        } catch {
            publisher.abandon()
            throw error
        }
        let report = CheckReport(files: reports + registerReport.files)
        print(TextFormatter().summary(report, language: language))
        let written = fileCount + 2, agreements = summaries.count
        let unlinkedSv = unlinked == 0 ? "" : "; \(unlinked) \(unlinked == 1 ? "bilaga publiceras inte och nämns" : "bilagor publiceras inte och nämns") utan länk, se varningarna ovan"
        let unlinkedEn = unlinked == 0 ? "" : "; \(unlinked) \(unlinked == 1 ? "attachment is" : "attachments are") not published and named without a link, see the warnings above"
        print(RunLanguage.pick(sv: "\(written) \(written == 1 ? "fil" : "filer") skrivna till \(out)/ (\(agreements) \(agreements == 1 ? "överenskommelse" : "överenskommelser")\(unlinkedSv))",
                               en: "\(written) \(written == 1 ? "file" : "files") written to \(out)/ (\(agreements) \(agreements == 1 ? "agreement" : "agreements")\(unlinkedEn))"))
        if report.errorCount > 0 { throw ExitCode(1) }
    }
}
