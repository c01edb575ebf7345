package org.peel.server.cases;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.peel.server.platform.ForceCalendar;
import org.springframework.stereotype.Component;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Draws an investigation's printable summary with OpenPDF: the investigation, people and roles, crimes and their
 * outcomes, occurrences, the current plan, tasks and the log, on A4 pages marked OFFICIAL-SENSITIVE, each page's footer
 * naming to whom and why it was disclosed. Text is drawn in the standard PDF fonts (Latin script).
 */
@Component
class CaseSummaryPdf {

    static final String MARKING = "OFFICIAL-SENSITIVE";

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7);

    private final ForceCalendar calendar;

    CaseSummaryPdf(ForceCalendar calendar) {
        this.calendar = calendar;
    }

    /** Who received the summary, why, who printed it and when: printed on every page. */
    record Disclosure(String recipient, String purpose, String by, Instant at) {
    }

    byte[] draw(Investigation investigation, Disclosure disclosure) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 50, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle("Case summary " + investigation.reference());
        document.addCreator("Peel");
        HeaderFooter header = new HeaderFooter(new Phrase(MARKING + " · " + investigation.reference(), SMALL), false);
        header.setAlignment(Element.ALIGN_CENTER);
        header.setBorder(Rectangle.NO_BORDER);
        document.setHeader(header);
        HeaderFooter footer = new HeaderFooter(new Phrase("Disclosed to " + disclosure.recipient() + " for "
                + disclosure.purpose() + " by " + disclosure.by() + " on " + moment(disclosure.at())
                + ". The disclosure is recorded in Peel's audit log. " + MARKING + " · page ", SMALL), true);
        footer.setBorder(Rectangle.TOP);
        document.setFooter(footer);
        document.open();

        document.add(new Paragraph("Case summary " + investigation.reference(), TITLE));
        document.add(new Paragraph(investigation.title(), HEADING));
        facts(document, investigation);
        if (investigation.summary() != null) {
            document.add(new Paragraph(investigation.summary(), BODY));
        }

        heading(document, "People and roles");
        Map<Long, List<Investigation.LinkedPerson>> byPerson = investigation.people().stream()
                .collect(Collectors.groupingBy(Investigation.LinkedPerson::personId, java.util.LinkedHashMap::new,
                        Collectors.toList()));
        table(document, new float[] {3, 3, 2}, List.of("Name", "Role", "Linked"), byPerson.values().stream()
                .map(roles -> List.of(roles.get(0).name() == null ? "Person " + roles.get(0).personId()
                                : roles.get(0).name(),
                        roles.stream().map(role -> role.role().title()).collect(Collectors.joining(", ")),
                        day(roles.get(0).linkedAt()))).toList(), "No people are linked.");

        heading(document, "Crimes and outcomes");
        table(document, new float[] {2, 4, 2, 4}, List.of("Crime", "Offence", "Status", "Outcome"),
                investigation.crimes().stream().map(crime -> List.of(text(crime.reference()),
                        text(crime.offenceCode()) + " " + text(crime.offenceTitle()) + flags(crime.flags()),
                        text(crime.crimeStatus()), crime.outcomeCode() == null ? "No outcome yet"
                                : crime.outcomeCode() + ": " + text(crime.outcomeTitle()))).toList(),
                "No crimes.");

        heading(document, "Occurrences that are not crimes");
        table(document, new float[] {3, 2, 6}, List.of("Type", "When", "Summary"),
                investigation.occurrences().stream().map(occurrence -> List.of(occurrence.typeTitle()
                                + flags(occurrence.flags()), moment(occurrence.occurredAt()), occurrence.summary()))
                        .toList(), "No occurrences.");

        heading(document, investigation.plan() == null ? "Plan"
                : "Plan (version " + investigation.plan().version() + ", " + moment(investigation.plan().writtenAt())
                + ", " + investigation.plan().writtenBy() + ")");
        document.add(new Paragraph(investigation.plan() == null ? "No plan written yet." : investigation.plan().text(),
                BODY));

        heading(document, "Tasks");
        table(document, new float[] {4, 2, 2, 2, 4}, List.of("Task", "Owner", "Due", "State", "Result"),
                investigation.tasks().stream().map(task -> List.of(task.title(), task.owner(), moment(task.dueAt()),
                        task.state(), text(task.result()))).toList(), "No tasks.");

        heading(document, "Log");
        table(document, new float[] {2, 2, 2, 6}, List.of("When", "Who", "Kind", "Entry"),
                investigation.log().stream().map(entry -> List.of(moment(entry.writtenAt()), entry.writtenBy(),
                        entry.kind().title(), entry.text() + (entry.rationale() == null ? ""
                                : "\nRationale: " + entry.rationale()) + (entry.correctsEntryId() == null ? ""
                                : "\n(Corrects an earlier entry.)"))).toList(), "The log is empty.");
        document.close();
        return out.toByteArray();
    }

    private void facts(Document document, Investigation investigation) {
        PdfPTable table = new PdfPTable(new float[] {2, 4, 2, 4});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        cell(table, "Status", BOLD);
        cell(table, investigation.status().title(), BODY);
        cell(table, "Priority", BOLD);
        cell(table, investigation.priority().title(), BODY);
        cell(table, "Officer in charge", BOLD);
        cell(table, investigation.officerInCharge(), BODY);
        cell(table, "Supervisor", BOLD);
        cell(table, investigation.supervisor(), BODY);
        cell(table, "Opened", BOLD);
        cell(table, moment(investigation.createdAt()) + " by " + investigation.createdBy(), BODY);
        cell(table, "Next review", BOLD);
        cell(table, investigation.review().dueAt() == null ? "None (not active)"
                : moment(investigation.review().dueAt()), BODY);
        document.add(table);
    }

    private static void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static void table(Document document, float[] widths, List<String> headings, List<List<String>> rows,
                              String none) {
        if (rows.isEmpty()) {
            document.add(new Paragraph(none, BODY));
            return;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        headings.forEach(heading -> {
            PdfPCell cell = new PdfPCell(new Phrase(heading, BOLD));
            cell.setBackgroundColor(new Color(0xEE, 0xEE, 0xEE));
            table.addCell(cell);
        });
        rows.forEach(row -> row.forEach(value -> cell(table, value, BODY)));
        document.add(table);
    }

    private static void cell(PdfPTable table, String text, Font font) {
        table.addCell(new PdfPCell(new Phrase(new Chunk(text == null ? "" : text, font))));
    }

    private static String flags(Set<String> flags) {
        return flags.isEmpty() ? "" : " [" + String.join(", ", flags) + "]";
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private String moment(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(calendar.zone())
                .format(instant);
    }

    private String day(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(calendar.zone())
                .format(instant);
    }
}
