import ArgumentParser

struct AgreementDocument: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Write the agreement itself as a document to sign: html, pdf or docx, ending in a page for the signatories.")

    @OptionGroup var options: OneAgreementDocument<AgreementToSign>

    func run() throws {
        try options.write(.agreement) { document, _ in .agreement(document) }
    }
}
