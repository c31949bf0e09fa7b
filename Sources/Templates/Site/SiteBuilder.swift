import BUSDocsKit

/// One file of the generated site, by its path relative to the output folder: a page bus-docs made
/// (text), or an attachment's file copied as it is (bytes).
public struct OutputFile: Equatable, Sendable {
    public enum Contents: Equatable, Sendable {
        case text(String)
        case bytes([UInt8])
    }

    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// A page or stylesheet bus-docs made.
    public init(path: String, text: String) {
        self.init(path: path, contents: .text(text))
    }

    /// The text of a page bus-docs made; nil for a copied file.
    public var text: String? {
        if case .text(let text) = contents { return text }
        return nil
    }
}

/// Plans the published site: the index, then per agreement its page, the protocol or agenda of each
/// group, and the deviation form. Pure: renders into memory; writing is the caller's.
public struct SiteBuilder: Sendable {
    public var renderer: DocumentRenderer
    public var today: LocalDate

    public init(renderer: DocumentRenderer, today: LocalDate) {
        self.renderer = renderer
        self.today = today
    }

    public func files(for sources: [DocumentSource]) throws -> [OutputFile] {
        try [index(for: sources), stylesheet] + sources.flatMap(files(for:))
    }

    /// The front page with the comparison: the one file that needs every agreement.
    public func index(for sources: [DocumentSource]) throws -> OutputFile {
        try index(summaries: sources.map(summary(of:)))
    }

    /// The front page from what was kept of each agreement when its own files were made.
    public func index(summaries: [IndexView.Summary]) throws -> OutputFile {
        OutputFile(path: "index.html", text: try renderer.index(summaries: summaries))
    }

    /// The site's stylesheet (`style.css`, the user's when `--templates` has one), beside the index: every
    /// page of the site links it rather than carrying its own copy of it.
    public var stylesheet: OutputFile {
        OutputFile(path: DocumentRenderer.stylesheetFile, text: renderer.templates.stylesheet)
    }

    /// What the front page needs of an agreement, so the agreement itself need not be kept.
    public func summary(of source: DocumentSource) -> IndexView.Summary {
        IndexView.Summary(source)
    }

    /// What the front page needs of an agreement, readable or not.
    public func summary(of entry: SiteEntry) -> IndexView.Summary {
        switch entry {
        case .readable(let source): return IndexView.Summary(source)
        case .unreadable(let source): return IndexView.Summary(unreadable: source)
        }
    }

    /// An agreement's files: for one that cannot be read, its page with the findings.
    public func files(for entry: SiteEntry) throws -> [OutputFile] {
        switch entry {
        case .readable(let source): return try files(for: source)
        case .unreadable(let source):
            return [OutputFile(path: source.slug + "/index.html", text: try renderer.unreadablePage(source))]
        }
    }

    /// One agreement's own files: its page, a protocol or agenda per group, the deviation form. Agreements
    /// are independent, so callers may render them in parallel.
    public func files(for source: DocumentSource) throws -> [OutputFile] {
        let folder = source.slug + "/"
        var files = [OutputFile(path: folder + "index.html", text: try renderer.agreementPage(source))]
        for group in source.documentedGroups {
            let contents = try renderer.groupDocument(source, group: group, date: nil, noticed: nil, today: today, siteHome: "index.html")
            files.append(OutputFile(path: folder + DocumentSource.documentFile(for: group), text: contents))
        }
        let form = try renderer.deviationForm(source, siteHome: "index.html")
        files.append(OutputFile(path: folder + DocumentSource.deviationFormFile, text: form))
        // The attachments' files that were found, copied as they are, where the page links them.
        for attachment in source.attachmentFiles ?? [] {
            if case .bytes(let bytes) = attachment.found { files.append(OutputFile(path: folder + attachment.sitePath, contents: .bytes(bytes))) }
        }
        return files
    }

    /// Every HTML page checked as `TemplateSet.checkMarkup` checks it.
    public func validate(_ files: [OutputFile]) throws {
        for file in files where file.path.hasSuffix(".html") {
            if let text = file.text { try renderer.templates.checkMarkup(of: file.path, text) }
        }
    }
}
