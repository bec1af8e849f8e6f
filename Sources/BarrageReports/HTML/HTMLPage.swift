/// The frame every HTML report shares: doctype, inline style sheet, no external asset of any kind, so the
/// file opens offline, from a CI artifact or an e-mail attachment, and prints cleanly.
enum HTMLPage {
    /// A complete document; `body` must already be escaped markup.
    static func document(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title.htmlEscaped)</title>
        <style>
        \(HTMLStyle.sheet)
        </style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// A titled section; `id` lets readers link to it.
    static func section(id: String, title: String, _ content: String) -> String {
        "<section id=\"\(id.htmlEscaped)\">\n<h2>\(title.htmlEscaped)</h2>\n\(content)\n</section>"
    }

    /// A paragraph of plain text.
    static func paragraph(_ text: String, class cssClass: String? = nil) -> String {
        let classAttribute = cssClass.map { " class=\"\($0)\"" } ?? ""
        return "<p\(classAttribute)>\(text.htmlEscaped)</p>"
    }

    /// A chart with a caption for the reader who skims.
    static func figure(_ svg: String, caption: String) -> String {
        "<figure>\n\(svg)<figcaption>\(caption.htmlEscaped)</figcaption>\n</figure>"
    }
}
