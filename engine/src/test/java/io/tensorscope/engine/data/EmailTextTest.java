package io.tensorscope.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** E-mails are reduced to subject and readable body text. */
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
}
