import BUSDocsKit
import Foundation
import Templates

/// The site as `serve` shows it: built in memory like `build` builds it, each HTML page with the
/// findings of the agreements it concerns at the top and a script that reloads it when the site is
/// rebuilt, and each agreement's source as a page with an anchor per line for the findings to link to.
struct PreviewSite: Sendable {
    /// Served path (no leading slash) → page, or an attachment's file as it is.
    var pages: [String: OutputFile.Contents]
    var generation: Int
    var report: CheckReport
    /// What the pages were made from: each agreement checked, and the bytes it was read from (nil when it
    /// could not be read). A rebuild after a save checks and renders again only the agreements whose bytes
    /// changed, and the index.
    var agreements: [CheckedAgreement]
    var contents: [FileSystem.Contents?]

    /// "1 fil kontrollerad: 0 fel, 2 varningar", in a language.
    func summary(in language: Language) -> String {
        TextFormatter().summary(report, language: language)
    }

    static let eventsPath = "_bus-docs/events"
    static let sourcePrefix = "_bus-docs/source/"

    static func build(inputs: [String], templates: TemplateSet, validator: Validator, today: LocalDate, generation: Int) throws -> PreviewSite {
        let paths = try CheckedFile.collect(inputs)
        // Read before checking: a file saved in between differs from these bytes and is read at the next rebuild.
        let contents = paths.map(Self.contents(of:))
        let checked = try CheckedAgreement.loadAll(paths, validator: validator).map { $0.readingAttachments() }
        var site = PreviewSite(pages: [:], generation: generation, report: CheckReport(files: []), agreements: checked, contents: contents)
        try site.render(Array(checked.indices), templates: templates, today: today)
        return site
    }

    /// The site after files changed. When the inputs are the same files as before, only the agreements
    /// whose bytes differ are checked and rendered again, with the index; otherwise the whole site is
    /// built anew. The templates and the rule set must be the ones this site was built with. Nil when no
    /// agreement and no attachment changed: a file beside them that is neither (a log `serve` writes into
    /// the folder it watches, an editor's backup) makes no new build.
    func rebuilt(inputs: [String], templates: TemplateSet, validator: Validator, today: LocalDate, generation: Int) throws -> PreviewSite? {
        let paths = try CheckedFile.collect(inputs)
        guard paths == agreements.map(\.path) else {
            return try Self.build(inputs: inputs, templates: templates, validator: validator, today: today, generation: generation)
        }
        let now = paths.map(Self.contents(of:))
        var changed = paths.indices.filter { now[$0] == nil || now[$0] != contents[$0] }
        var site = self
        site.generation = generation
        site.contents = now
        for index in changed {
            site.agreements[index] = try CheckedAgreement.load(paths[index], slug: agreements[index].slug, validator: validator).readingAttachments()
        }
        // An attachment's file added, changed or removed changes the agreement's page (its link) and files.
        for index in paths.indices where !changed.contains(index) {
            let again = agreements[index].readingAttachments()
            if again.document?.attachmentFiles != agreements[index].document?.attachmentFiles {
                site.agreements[index] = again
                changed.append(index)
            }
        }
        guard !changed.isEmpty else { return nil }
        try site.render(changed, templates: templates, today: today)
        return site
    }

    /// The bytes of a file as `check` reads them, or nil when it cannot be read (it is then always read again).
    private static func contents(of path: String) -> FileSystem.Contents? {
        try? FileSystem.system.read(path, SourceDecoder.maximumFileSize)
    }

    /// Renders the pages of the agreements at `changed` (the others' pages stay as they are) and the index,
    /// which shows them all; every page made is checked with libxml2 before any replaces the one served.
    private mutating func render(_ changed: [Int], templates: TemplateSet, today: LocalDate) throws {
        let builder = SiteBuilder(renderer: DocumentRenderer(templates: templates), today: today)
        let entries = agreements.map(\.siteEntry)
        let index = try builder.index(summaries: entries.map(builder.summary(of:)))
        let own = try changed.parallelMap { try builder.files(for: entries[$0]) }
        try builder.validate([index] + own.flatMap { $0 })
        report = CheckReport(files: agreements.map(\.reportFile))
        let all = agreements.map { ($0, $0.slug) }
        pages[index.path] = Self.page(index, findings: all)
        pages[builder.stylesheet.path] = builder.stylesheet.contents
        // The pages of the agreements rendered again are replaced whole: a group gone takes its page along.
        let renewed = Set(changed.map { agreements[$0].slug })
        if !pages.isEmpty {
            pages = pages.filter { path, _ in path.firstIndex(of: "/").map { !renewed.contains(String(path[..<$0])) } ?? true }
        }
        for (position, files) in zip(changed, own) {
            let agreement = agreements[position], slug = agreement.slug
            for file in files { pages[file.path] = Self.page(file, findings: [(agreement, slug)]) }
            let source = agreement.parsed.source
            pages[Self.sourcePrefix + slug] = .text(PageDecoration.sourcePage(path: agreement.path, slug: slug, lines: source?.lines ?? [],
                                                                              hiding: source.map { Self.personalDataLines(agreement.diagnostics, in: $0) } ?? []))
        }
    }

    /// The lines the source view leaves out, as `build` withholds the agreement: each line with a finding
    /// that withholds it (a personal identity number, a child's name), and every line of the sentence about
    /// a case that line is part of — a date of birth or a description may stand on the next line.
    static func personalDataLines(_ diagnostics: [Diagnostic], in source: SourceFile) -> Set<Int> {
        var hidden = Set(diagnostics.filter(UnreadableSource.isPersonalData).map(\.location.line))
        guard !hidden.isEmpty else { return [] }
        for sentence in source.personalNames.caseSentences where !sentence.isEmpty {
            let lines = source.lineNumber(ofByte: sentence.lowerBound)...source.lineNumber(ofByte: sentence.upperBound - 1)
            if lines.contains(where: hidden.contains) { hidden.formUnion(lines) }
        }
        return hidden
    }

    /// A file of the site as served: an HTML page with the findings of the agreements it concerns.
    private static func page(_ file: OutputFile, findings concerned: [(CheckedAgreement, String)]) -> OutputFile.Contents {
        guard case .text(let text) = file.contents, file.path.hasSuffix(".html") else { return file.contents }
        return .text(PageDecoration.decorate(text, findings: concerned))
    }

    /// The page (or attachment) for a request path, with the path it was found at: `/` is the index, a
    /// folder its `index.html`.
    func page(at requestPath: String) -> (path: String, contents: OutputFile.Contents)? {
        var path = requestPath.removingPercentEncoding ?? requestPath
        while path.hasPrefix("/") { path.removeFirst() }
        if path.split(separator: "/").contains("..") { return nil }
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        if let page = pages[path] { return (path, page) }
        return pages[path + "/index.html"].map { (path + "/index.html", $0) }
    }
}

/// What `serve` adds to a page: the findings, linked to their lines, and the reload script.
enum PageDecoration {
    static let reloadScript = "<script>new EventSource('/\(PreviewSite.eventsPath)').addEventListener('reload', () => location.reload());</script>"

    static func decorate(_ html: String, findings agreements: [(CheckedAgreement, String)], problem: String? = nil) -> String {
        // The page's own list of findings gives way to the preview's, which links each to its line: once per
        // page. An unreadable agreement's page quoted the lines around each finding: the preview quotes them too.
        let quotesLines = html.contains("class=\"utdrag\"")
        let section = findingsSection(agreements, problem: problem, quotingLines: quotesLines)
        var page = withoutOwnFindings(html)
        if let main = page.range(of: "<main>") {
            page.insert(contentsOf: section, at: main.upperBound)
        } else if let body = page.range(of: "<body"), let end = page[body.upperBound...].firstIndex(of: ">") {
            page.insert(contentsOf: section, at: page.index(after: end))
        } else {
            page = section + page
        }
        if let close = page.range(of: "</body>", options: .backwards) {
            page.insert(contentsOf: reloadScript, at: close.lowerBound)
        } else {
            page += reloadScript
        }
        return page
    }

    /// The page without the findings section its template wrote (`<section class="diagnostik"`).
    static func withoutOwnFindings(_ html: String) -> String {
        guard let start = html.range(of: "<section class=\"diagnostik\""),
              let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return html }
        var page = html
        var upper = end.upperBound
        if upper < page.endIndex, page[upper] == "\n" { upper = page.index(after: upper) }
        page.removeSubrange(start.lowerBound..<upper)
        return page
    }

    static func findingsSection(_ agreements: [(CheckedAgreement, String)], problem: String?, quotingLines: Bool = false) -> String {
        let diagnostics = agreements.flatMap { agreement, slug in agreement.diagnostics.map { (agreement.path, slug, $0) } }
        let errors = diagnostics.filter { $0.2.severity == .error }.count, warnings = diagnostics.count - errors
        var heading = "Kontroll: "
        heading += diagnostics.isEmpty ? "inga fel" : "\(errors) fel, \(warnings) \(warnings == 1 ? "varning" : "varningar")"
        var html = "\n<section class=\"bus-docs-diagnostik\" aria-label=\"Kontroll\"><h2>\(escape(heading))</h2>"
        if let problem { html += "<p class=\"fel\" role=\"alert\">\(escape(problem))</p>" }
        if !diagnostics.isEmpty {
            html += "<ul class=\"diagnostik\">"
            let sources = Dictionary(agreements.map { ($0.0.path, $0.0.parsed.source) }, uniquingKeysWith: { first, _ in first })
            for (path, slug, diagnostic) in diagnostics {
                let excerpt = quotingLines ? sources[path].flatMap { $0 }.map { self.excerpt(diagnostic, in: $0) } ?? "" : ""
                let place = "\(URL(fileURLWithPath: path).lastPathComponent):\(diagnostic.location.line):\(diagnostic.location.column)"
                let link = "/\(PreviewSite.sourcePrefix)\(slug.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? slug)#L\(diagnostic.location.line)"
                html += "<li class=\"\(diagnostic.severity == .error ? "fel" : "varning")\"><a href=\"\(escape(link))\">\(escape(place))</a> [\(diagnostic.ruleID)] \(InlineMarkup.html(diagnostic.message.sv))\(notes(diagnostic, source: link))\(diagnostic.hint.map { "<br><span class=\"tips\">Tips: \(InlineMarkup.html($0.sv))</span>" } ?? "")\(excerpt)</li>"
            }
            html += "</ul>"
        }
        return html + "</section>\n"
    }

    /// The lines around a finding, its own marked, as an unreadable agreement's page quotes them.
    private static func excerpt(_ diagnostic: Diagnostic, in source: SourceFile) -> String {
        let lower = max(1, diagnostic.location.line - UnreadableSource.context)
        let upper = min(source.lines.count, diagnostic.location.line + UnreadableSource.context)
        guard lower <= upper else { return "" }
        let lines = (lower...upper).map { number in
            "<span\(number == diagnostic.location.line ? " class=\"markerad\"" : "")>\(number): \(escape(String(source.line(number))))</span>\n"
        }
        return "\n<pre class=\"utdrag\" aria-label=\"Rader ur filen\">\(lines.joined())</pre>"
    }

    /// A finding's notes, each linked to its line in the source view.
    private static func notes(_ diagnostic: Diagnostic, source link: String) -> String {
        let page = link.split(separator: "#").first.map(String.init) ?? link
        return diagnostic.notes.map { note in
            "<br><span class=\"not\"><a href=\"\(escape(page))#L\(note.location.line)\">rad \(note.location.line), kolumn \(note.location.column)</a>: \(InlineMarkup.html(note.message.sv))</span>"
        }.joined()
    }

    /// The page for a path the site does not have: it says so, and reloads when the site is rebuilt.
    static func notFound(path: String, problem: String?) -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>Sidan finns inte</title></head><body><main>"
        if let problem { html += "<p class=\"fel\" role=\"alert\">\(escape(problem))</p>" }
        html += "<h1>Sidan finns inte</h1><p>\(escape(path)) finns inte i förhandsvisningen. Sidan laddas om av sig själv när webbplatsen byggs om.</p>"
        return html + "<p><a href=\"/\">Till startsidan</a></p></main>" + reloadScript + "</body></html>\n"
    }

    /// An agreement's source with a number and an anchor per line (`#L12`), escaped, and a way back to
    /// the agreement's page and the index.
    /// The lines in `hidden` hold personal data: they are shown as a note, not as they are.
    static func sourcePage(path: String, slug: String, lines: [Substring], hiding hidden: Set<Int> = []) -> String {
        let back = "/\(slug.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? slug)/index.html"
        var html = "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><title>\(escape(path))</title>"
        html += "<style>pre{line-height:1.4}span:target{background:#fff2cc}.nr{display:inline-block;min-width:4ch;margin-right:1ch;"
        html += "text-align:right;color:#666;user-select:none}</style></head><body>"
        html += "<nav><a href=\"\(escape(back))\">← Tillbaka till överenskommelsen</a> · <a href=\"/\">Alla överenskommelser</a></nav>"
        html += "<h1>\(escape(path))</h1><pre>"
        let width = String(lines.count).count
        for (index, line) in lines.enumerated() {
            let number = String(index + 1)
            let padded = String(repeating: " ", count: width - number.count) + number
            let text = hidden.contains(index + 1) ? "<em>(raden visas inte: personuppgifter)</em>" : escape(String(line))
            html += "<span id=\"L\(number)\"><a class=\"nr\" href=\"#L\(number)\" aria-label=\"rad \(number)\">\(padded)</a>\(text)</span>\n"
        }
        return html + "</pre>" + reloadScript + "</body></html>\n"
    }

    static func escape(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}
