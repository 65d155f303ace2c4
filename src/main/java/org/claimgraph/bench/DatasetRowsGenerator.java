package org.claimgraph.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.claimgraph.link.GdeltEvents;

/**
 * Writes event rows in the GDELT 2.0 and UCDP GED layouts for a generated corpus, invented like the
 * samples in examples/datasets/ (not the datasets' data): on each day of the corpus, statements,
 * meetings and rejections between the states and groups of the examples at Doha, Cairo and in Gaza,
 * some coded from that day's generated articles (their URL as SOURCEURL); and deadly events in Gaza
 * with best, low and high deaths. So linking and the dataset queries have work of realistic shape.
 */
public final class DatasetRowsGenerator {

    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.BASIC_ISO_DATE;
    /** Code, name, country, known group. */
    private static final String[][] ACTORS = {
        {"ISR", "ISRAEL", "ISR", ""}, {"ISRGOV", "ISRAEL", "ISR", ""}, {"PSEHMS", "HAMAS", "PSE", "HMS"}, {"QAT", "QATAR", "QAT", ""},
        {"EGY", "EGYPT", "EGY", ""}, {"USA", "UNITED STATES", "USA", ""}, {"USAGOV", "WHITE HOUSE", "USA", ""}, {"PSE", "PALESTINE", "PSE", ""}};
    private static final String[] CODES = {"010", "012", "036", "040", "042", "043", "057", "111", "112", "120", "125", "161", "163", "172"};
    /** Name, latitude, longitude. */
    private static final String[][] PLACES = {
        {"Doha, Ad Dawhah, Qatar", "25.2867", "51.5333"}, {"Cairo, Al Qahirah, Egypt", "30.0444", "31.2357"},
        {"Gaza, Gaza Strip, Palestine", "31.5017", "34.4668"}, {"Jerusalem, Israel", "31.7683", "35.2137"},
        {"Washington, District of Columbia, United States", "38.8951", "-77.0364"}};
    /** Place, latitude, longitude, UCDP where_prec. */
    private static final String[][] STRIKES = {
        {"Khan Younis town", "31.34", "34.30", "1"}, {"Gaza City", "31.50", "34.47", "2"}, {"Rafah", "31.29", "34.25", "1"},
        {"Deir al-Balah", "31.42", "34.35", "1"}, {"Jabalia camp", "31.53", "34.48", "1"}};
    private static final String UCDP_HEADER = "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,"
            + "conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,"
            + "number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,"
            + "where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,"
            + "date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob";

    private DatasetRowsGenerator() {
    }

    /**
     * Writes {@code gdelt-events.tsv} ({@code gdeltPerArticle} events per article) and {@code ucdp-ged.csv}
     * (one deadly event per {@code articlesPerUcdp} articles) for the articles into {@code folder}.
     */
    public static void write(List<CorpusGenerator.Generated> articles, double gdeltPerArticle, int articlesPerUcdp, long seed,
            Path folder) {
        Random random = new Random(seed);
        try (BufferedWriter gdelt = Files.newBufferedWriter(folder.resolve("gdelt-events.tsv"), StandardCharsets.UTF_8);
                BufferedWriter ucdp = Files.newBufferedWriter(folder.resolve("ucdp-ged.csv"), StandardCharsets.UTF_8)) {
            ucdp.write(UCDP_HEADER);
            ucdp.newLine();
            long gdeltId = 2_000_000_000L + seed % 1000 * 10_000_000L;
            long ucdpId = 3_000_000L + seed % 1000 * 100_000L;
            double owed = 0;
            for (int i = 0; i < articles.size(); i++) {
                CorpusGenerator.Generated a = articles.get(i);
                owed += gdeltPerArticle;
                for (; owed >= 1; owed--) {
                    gdelt.write(gdeltRow(gdeltId++, a, random));
                    gdelt.newLine();
                }
                if (articlesPerUcdp > 0 && i % articlesPerUcdp == 0) {
                    ucdp.write(ucdpRow(ucdpId++, a.published(), random));
                    ucdp.newLine();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write dataset rows into " + folder, e);
        }
    }

    private static String gdeltRow(long id, CorpusGenerator.Generated article, Random random) {
        String[] f = new String[GdeltEvents.COLUMNS];
        Arrays.fill(f, "");
        LocalDate day = article.published().minusDays(random.nextInt(2));
        f[0] = Long.toString(id);
        f[1] = day.format(SQLDATE);
        f[2] = f[1].substring(0, 6);
        f[3] = f[1].substring(0, 4);
        f[4] = String.format(Locale.ROOT, "%.4f", day.getYear() + day.getDayOfYear() / 365.0);
        String[] one = ACTORS[random.nextInt(ACTORS.length)];
        String[] two = ACTORS[random.nextInt(ACTORS.length)];
        System.arraycopy(one, 0, f, 5, 4);
        if (!two[0].equals(one[0])) {
            System.arraycopy(two, 0, f, 15, 4);
        }
        String code = CODES[random.nextInt(CODES.length)];
        f[25] = "1";
        f[26] = code;
        f[27] = code;
        f[28] = code.substring(0, 2);
        f[29] = "1";
        f[30] = "0.0";
        f[31] = "4";
        f[32] = "1";
        f[33] = "4";
        f[34] = "-2.5";
        String[] place = PLACES[random.nextInt(PLACES.length)];
        f[51] = "4";
        f[52] = place[0];
        f[56] = place[1];
        f[57] = place[2];
        f[59] = f[1] + "120000";
        f[60] = random.nextInt(3) == 0 ? article.url() : "https://news.example/" + f[1] + "/" + id;
        return String.join("\t", f);
    }

    private static String ucdpRow(long id, LocalDate day, Random random) {
        String[] strike = STRIKES[random.nextInt(STRIKES.length)];
        int best = 1 + random.nextInt(40);
        List<String> f = new ArrayList<>(List.of(Long.toString(id), "BENCH-" + id, Integer.toString(day.getYear()), "TRUE", "Clear",
                random.nextBoolean() ? "1" : "3", "", "", "", "", "", "", "", "121", "Government of Israel", "", "",
                random.nextBoolean() ? "Hamas" : "Civilians", "1", "Generated by claimgraph bench (not UCDP data)", "", "", "", "",
                strike[3], strike[0], "", "", "", strike[1], strike[2], "", "", "Israel", "", "Middle East", "1", "1", day.toString(),
                day.toString(), "", "", "", "", Integer.toString(best), Integer.toString(best + random.nextInt(6)),
                Integer.toString(Math.max(1, best - random.nextInt(4))), "", ""));
        return String.join(",", f);
    }

}
