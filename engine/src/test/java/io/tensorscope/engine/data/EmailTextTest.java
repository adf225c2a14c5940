package io.tensorscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** E-mails are reduced to subject and readable body text (mime4j parses them, jsoup reads their HTML). */
class EmailTextTest {

    @Test
    void headersAreDroppedAndFoldedSubjectsKept() {
        String mail = "From someone  Thu Aug 22 2002\nReceived: from a\n\tby b\nSubject: Hello\n  world\nTo: x@y\n\n"
                + "First line.\n\n  Second   line.\n";
        assertEquals("Hello world First line. Second line.", EmailText.of(mail, 1000));
    }

    @Test
    void encodedSubjectAndQuotedPrintableBodyAreDecoded() {
        String mail = "Subject: =?ISO-8859-1?Q?Caf=E9_cr=E8me?= =?UTF-8?B?4oKsMTA=?=\r\n"
                + "Content-Type: text/plain; charset=\"iso-8859-1\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + "Un caf=E9 =\r\nlong, 2=3D2.\r\n";
        assertEquals("Café crème€10 Un café long, 2=2.", EmailText.of(mail, 1000));
    }

    @Test
    void htmlIsStrippedAndAlternativesPreferPlainText() {
        String mail = "Subject: Offer\nContent-Type: multipart/alternative; boundary=\"b1\"\n\npreamble\n--b1\n"
                + "Content-Type: text/html\n\n<html><body><p>HTML &amp; more</p></body></html>\n--b1\n"
                + "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\nUGxhaW4gdmVyc2lvbg==\n--b1--\nepilogue\n";
        assertEquals("Offer Plain version", EmailText.of(mail, 1000));
        String html = "Subject: Hi\nContent-Type: text/html\n\n<html><style>p {}</style><b>Big</b>&nbsp;<br>deal&#33;</html>";
        assertEquals("Hi Big deal!", EmailText.of(html, 1000));
    }

    @Test
    void mixedPartsKeepTextAndSkipAttachments() {
        String mail = "Subject: Report\nContent-Type: multipart/mixed; boundary=xyz\n\n--xyz\n\nSee attached.\n--xyz\n"
                + "Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--xyz--\n";
        assertEquals("Report See attached.", EmailText.of(mail, 1000));
    }

    @Test
    void longTextsAreCutWithoutSplittingASurrogatePair() {
        assertEquals("Subj abc", EmailText.of("Subject: Subj\n\nabcdef", 8));
        assertEquals("S a", EmailText.of("Subject: S\n\na\uD83D\uDE00b", 4));
    }

    @Test
    void multipartAlternativesEncodingsAndANonUtf8CharsetGiveTheExpectedText() {
        String html = Base64.getMimeEncoder().encodeToString("<p>Zażółć <b>gęślą</b></p>"
                .getBytes(Charset.forName("ISO-8859-2")));
        String mail = "Subject: =?windows-1252?Q?Price_=80_5?=\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"outer\"\n\n--outer\n"
                + "Content-Type: multipart/alternative; boundary=\"inner\"\n\n--inner\n"
                + "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "Only =80 5, caf=E9 incl=\nuded.\n--inner\n"
                + "Content-Type: text/html; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\n"
                + "<p>HTML twin, never shown</p>\n--inner--\n\n--outer\n"
                + "Content-Type: text/html; charset=\"ISO-8859-2\"\nContent-Transfer-Encoding: base64\n\n" + html
                + "\n--outer\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\nAAECAw==\n--outer--\n";
        assertEquals("Price € 5 Only € 5, café included. Zażółć gęślą",
                EmailText.of(mail, 1000));
    }

    @Test
    void anAlternativeWithoutPlainTextFallsBackToItsHtml() {
        String mail = "Subject: Deal\nContent-Type: multipart/alternative; boundary=b\n\n--b\nContent-Type: text/html\n\n"
                + "<div>Only <i>HTML</i> here</div>\n--b--\n";
        assertEquals("Deal Only HTML here", EmailText.of(mail, 1000));
    }

    @Test
    void htmlLosesScriptsStylesAndCommentsButKeepsItsText() {
        String mail = "Subject: Win\nContent-Type: text/html; charset=us-ascii\n\n<html><head><title>T</title>"
                + "<style type=\"text/css\">p { color: red }</style><script>var s = '<b>hidden</b>'; if (a < b) {}</script>"
                + "</head><body><!-- a comment --><p>Click &lt;here&gt; &amp; win&nbsp;&#8364;5</p><SCRIPT>x()</SCRIPT></body></html>";
        assertEquals("Win T Click <here> & win €5", EmailText.of(mail, 1000));
    }

    @Test
    void unencodedEightBitTextIsKeptAsStoredAndAnUnknownCharsetFallsBackToLatin1() {
        assertEquals("Café résumé — ok", EmailText.of("Subject: Café\n\nrésumé — ok\n", 1000));
        String mail = "Subject: x\nContent-Type: text/plain; charset=no-such-charset\nContent-Transfer-Encoding: base64\n\n"
                + Base64.getEncoder().encodeToString("naïve".getBytes(StandardCharsets.ISO_8859_1)) + "\n";
        assertEquals("x naïve", EmailText.of(mail, 1000));
    }
}
