package org.tandai.synth;

import java.util.List;

/** Word lists for synthetic Indonesian- and English-like news text. Invented, not copied from any corpus. */
final class Vocabulary {
    static final List<String> PEOPLE = List.of("Budi Santoso", "Siti Rahmawati", "Agus Wibowo", "Dewi Lestari",
            "Joko Prasetyo", "Maria Gonzales", "John Carter", "Lee Min-jun", "Kim Soo-hyun", "Anna Petrova",
            "Rahmat Hidayat", "Putri Ayu", "Hendra Gunawan", "Sarah O'Neil", "Ahmad Fauzi", "Nguyen Van An");
    static final List<String> ORGS = List.of("Badan Pusat Statistik", "Kementerian Keuangan", "Bank Indonesia",
            "Komisi Pemilihan Umum", "the World Bank", "the Finance Ministry", "Partai Demokrasi", "PT Maju Jaya",
            "the Central Bank", "Lembaga Survei Nasional");
    static final List<String> PLACES = List.of("Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Seoul",
            "Tokyo", "Geneva", "Jawa Timur", "Kalimantan", "Brussels", "Denpasar");
    static final List<String> MEDIA = List.of("Kompas", "Antara", "Tempo", "Reuters", "the Jakarta Post",
            "Detik", "Yonhap", "AFP");
    static final List<String> DATES = List.of("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "on Monday",
            "on Friday", "pada bulan Juni", "in March 2024", "awal tahun ini", "2/12/2024");
    static final List<String> CUES_ID = List.of("mengatakan bahwa", "menurut", "menambahkan bahwa", "mengklaim bahwa",
            "menegaskan bahwa", "menjelaskan bahwa", "mengutip");
    static final List<String> CUES_EN = List.of("said that", "according to", "added that", "claimed that",
            "told reporters that", "citing");
    static final List<String> WORDS_ID = List.of("harga", "beras", "naik", "turun", "persen", "pemerintah",
            "kebijakan", "ekonomi", "rakyat", "pasar", "inflasi", "anggaran", "tahun", "wilayah", "pembangunan",
            "rencana", "proyek", "investasi", "subsidi", "bantuan", "sosial", "daerah", "kota", "warga", "akan",
            "telah", "sedang", "tidak", "lebih", "besar", "kecil", "baru", "lama", "untuk", "dengan", "dari",
            "kepada", "dalam", "yang", "dan", "atau", "ke-72", "Rp10.000", "sekitar", "hampir", "sebanyak");
    static final List<String> WORDS_EN = List.of("prices", "rice", "rose", "fell", "percent", "government",
            "policy", "economy", "people", "market", "inflation", "budget", "year", "region", "development",
            "plan", "project", "investment", "subsidy", "aid", "social", "city", "residents", "will", "has",
            "is", "not", "more", "large", "small", "new", "old", "for", "with", "from", "to", "in", "that", "and",
            "or", "$1.5 billion", "about", "nearly", "as many as", "U.S.", "Dr.");
    static final List<String> ASTRAL = List.of("😀", "📈", "🇮🇩", "𝕏", "🔥", "👍🏽");

    private Vocabulary() {
    }
}
