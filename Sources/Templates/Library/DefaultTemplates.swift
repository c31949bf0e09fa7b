/// The default templates, built into the binary from `Templates/` so an installed bus-docs works from
/// any folder. The one list of them: a new template is its file in `Templates/` and one line here
/// (Package.swift embeds the whole folder; `TemplateSet` loads what this names).
enum DefaultTemplates {
    static let files: [String: [UInt8]] = [
        "layout.mustache": PackageResources.layout_mustache,
        "index.mustache": PackageResources.index_mustache,
        "agreement.mustache": PackageResources.agreement_mustache,
        "protocol-individforum.mustache": PackageResources.protocol_individforum_mustache,
        "agenda.mustache": PackageResources.agenda_mustache,
        "avvikelseblankett.mustache": PackageResources.avvikelseblankett_mustache,
        "protocol-individforum.md.mustache": PackageResources.protocol_individforum_md_mustache,
        "agenda.md.mustache": PackageResources.agenda_md_mustache,
        "avvikelseblankett.md.mustache": PackageResources.avvikelseblankett_md_mustache,
        "diff.mustache": PackageResources.diff_mustache,
        "unreadable.mustache": PackageResources.unreadable_mustache,
        "report.mustache": PackageResources.report_mustache,
        "report.md.mustache": PackageResources.report_md_mustache,
        "style.css": PackageResources.style_css,
        "README.md": PackageResources.README_md,
    ]

    /// The template files (`.mustache`), in name order; the stylesheet is the other file.
    static let templateFiles: [String] = files.keys.filter { $0.hasSuffix(".mustache") }.sorted()
}

extension TemplateSet {
    /// Every built-in file a user may copy and change — the templates, the stylesheet and the README that
    /// names each template's variables — by file name, for `bus-docs templates`.
    public static var builtInFiles: [(name: String, bytes: [UInt8])] {
        DefaultTemplates.files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
