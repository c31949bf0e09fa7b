import BUSDocsKit
import Foundation
import Templates

/// The site as `serve` shows it: built in memory like `build` builds it, each HTML page with the
/// findings of the agreements it concerns at the top and a script that reloads it when the site is
/// rebuilt, and each agreement's source as a page with an anchor per line for the findings to link to.
struct PreviewSite: Sendable {
    /// Served path (no leading slash) → page.
    var pages: [String: String]
    var generation: Int
    var report: CheckReport

    /// "1 fil kontrollerad: 0 fel, 2 varningar", in a language.
    func summary(in language: Language) -> String {
        TextFormatter().summary(report, language: language)
    }

    static let eventsPath = "_bus-docs/events"
    static let sourcePrefix = "_bus-docs/source/"

    static func build(inputs: [String], templates: TemplateSet, validator: Validator, today: LocalDate, generation: Int) throws -> PreviewSite {
        let checked = try CheckedAgreement.loadAll(try CheckedFile.collect(inputs), validator: validator)
        let builder = SiteBuilder(renderer: DocumentRenderer(templates: templates), today: today)
        let entries = checked.map(\.siteEntry)
        let files = try [builder.index(summaries: entries.map(builder.summary(of:)))] + entries.flatMap(builder.files(for:))
        try SiteBuilder.validate(files)
        let report = CheckReport(files: checked.map(\.reportFile))
        var pages: [String: String] = [:]
        let all = checked.map { ($0, $0.slug) }
        for file in files {
            let slug = file.path.split(separator: "/").count > 1 ? String(file.path.split(separator: "/")[0]) : nil
            let concerned = slug.map { slug in all.filter { $0.1 == slug } } ?? all
            pages[file.path] = file.path.hasSuffix(".html") ? PageDecoration.decorate(file.contents, findings: concerned) : file.contents
        }
        for (agreement, slug) in all {
            pages[sourcePrefix + slug] = PageDecoration.sourcePage(path: agreement.path, slug: slug, lines: agreement.parsed.source?.lines ?? [])
        }
        return PreviewSite(pages: pages, generation: generation, report: report)
    }

    /// The page for a request path: `/` is the index, a folder its `index.html`.
    func page(at requestPath: String) -> String? {
        var path = requestPath.removingPercentEncoding ?? requestPath
        while path.hasPrefix("/") { path.removeFirst() }
        if path.split(separator: "/").contains("..") { return nil }
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        return pages[path] ?? pages[path + "/index.html"]
    }
}

/// What `serve` adds to a page: the findings, linked to their lines, and the reload script.
enum PageDecoration {
    static let reloadScript = "<script>new EventSource('/\(PreviewSite.eventsPath)').addEventListener('reload', () => location.reload());</script>"

    static func decorate(_ html: String, findings agreements: [(CheckedAgreement, String)], problem: String? = nil) -> String {
        // The page's own list of findings gives way to the preview's, which links each to its line: once per
        // page. An unreadable agreement's page keeps its own, which quotes the lines; the preview adds the count.
        let quotesLines = html.contains("class=\"utdrag\"")
        let section = findingsSection(agreements, problem: problem, listed: !quotesLines)
        var page = quotesLines ? html : withoutOwnFindings(html)
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

    static func findingsSection(_ agreements: [(CheckedAgreement, String)], problem: String?, listed: Bool = true) -> String {
        let diagnostics = agreements.flatMap { agreement, slug in agreement.diagnostics.map { (agreement.path, slug, $0) } }
        let errors = diagnostics.filter { $0.2.severity == .error }.count, warnings = diagnostics.count - errors
        var heading = "Kontroll: "
        heading += diagnostics.isEmpty ? "inga fel" : "\(errors) fel, \(warnings) \(warnings == 1 ? "varning" : "varningar")"
        var html = "\n<section class=\"bus-docs-diagnostik\" aria-label=\"Kontroll\"><h2>\(escape(heading))</h2>"
        if let problem { html += "<p class=\"fel\" role=\"alert\">\(escape(problem))</p>" }
        if listed, !diagnostics.isEmpty {
            html += "<ul class=\"diagnostik\">"
            for (path, slug, diagnostic) in diagnostics {
                let place = "\(URL(fileURLWithPath: path).lastPathComponent):\(diagnostic.location.line):\(diagnostic.location.column)"
                let link = "/\(PreviewSite.sourcePrefix)\(slug.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? slug)#L\(diagnostic.location.line)"
                html += "<li class=\"\(diagnostic.severity == .error ? "fel" : "varning")\"><a href=\"\(escape(link))\">\(escape(place))</a> [\(diagnostic.ruleID)] \(InlineMarkup.html(diagnostic.message.sv))\(notes(diagnostic, source: link))\(diagnostic.hint.map { "<br><span class=\"tips\">Tips: \(InlineMarkup.html($0.sv))</span>" } ?? "")</li>"
            }
            html += "</ul>"
        }
        return html + "</section>\n"
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
    static func sourcePage(path: String, slug: String, lines: [Substring]) -> String {
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
            html += "<span id=\"L\(number)\"><a class=\"nr\" href=\"#L\(number)\" aria-label=\"rad \(number)\">\(padded)</a>\(escape(String(line)))</span>\n"
        }
        return html + "</pre>" + reloadScript + "</body></html>\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
