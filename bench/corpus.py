"""A deterministic synthetic corpus of Indonesian news articles for the extraction benchmark.

Articles are put together from sentence templates written for this benchmark (floods, earthquakes,
accidents, elections, budgets, conflicts, police deployments), with names, places, numbers and dates
drawn from small pools by a seeded random generator: the same seed gives the same corpus.

Like real reports, every article coins its own names and places, and uses reduplicated words
("langkah-langkah", "anak-anak", "masing-masing") the way Indonesian prose does. The latter matters
for a fair comparison: spaCy's stock tokenizer stops caching for the rest of a document once it meets
one of its special cases, which include thousands of reduplications (spaCy issue #1250), so text
without them would make the reference tokenizer look many times faster than it is on real news.
"""
from __future__ import annotations

import datetime as dt
import random

OUTLETS = ("KabarKita.com", "WARTANUSA.CO.ID", "Lensaberita.id", "detikKabar", "SuaraPagi.com", "InfoRakyat.net")
CITIES = ("JAKARTA", "BANDUNG", "SURABAYA", "MEDAN", "MAKASSAR", "Kupang", "Garut", "Palu", "Ambon", "Jayapura")
PLACES = ("Kabupaten Garut", "Kota Palu", "Kabupaten Cianjur", "Kota Ambon", "Kabupaten Sigi", "Kota Bima",
          "Kabupaten Lebak", "Kabupaten Sumedang", "Kota Manado", "Kabupaten Karo")
COUNTRIES = ("Rusia", "Ukraina", "Korea Utara", "Korea Selatan", "Israel", "Sudan", "Myanmar", "Filipina",
             "Amerika Serikat", "Jepang", "Tiongkok", "Inggris", "Prancis", "Jerman", "Turki", "Iran")
FIRST = ("Budi", "Siti", "Agus", "Rina", "Dedi", "Yuni", "Hendra", "Lestari", "Rizal", "Wulan", "Bambang",
         "Nur", "Fajar", "Dewi", "Eko", "Sri", "Joko", "Maya", "Taufik", "Intan", "Andre", "Mark", "Elena",
         "Olaf", "Kenji", "Pavel", "Sarah", "Ahmad", "Fatima", "Omar")
LAST = ("Santoso", "Rahmawati", "Wibowo", "Marlina", "Kurniawan", "Hasanah", "Gunawan", "Saputra", "Hidayat",
        "Pratama", "Setiawan", "Nugroho", "Yamada", "Petrov", "Novak", "Haddad", "Lindqvist", "Okafor",
        "Fernandez", "Schneider")
ROLES = ("Kepala Pelaksana BPBD {place}", "Kapolres {city_t} AKBP", "Bupati {place_short}", "Juru bicara {country}",
         "Menteri Luar Negeri {country}", "Menteri Pertahanan {country}", "Kepala Dinas Kesehatan {place}",
         "Sekretaris Jenderal NATO", "Duta Besar {country} untuk PBB", "Kepala BNPB", "Ketua KPU {place}",
         "Wakil Menteri Keuangan", "pengamat militer dari Universitas Indonesia")
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")
VERBS = ("mengatakan", "menyatakan", "menegaskan", "mengungkapkan", "menjelaskan", "menyebutkan")
STEMS = ("ujar", "kata", "tegas", "jelas", "tutur", "ungkap")

LEADS = (
    "Baru-baru ini, {Speaker_full} {verb} bahwa langkah-langkah pencegahan sudah disiapkan di {place}.",
    "Warga di {place} diminta berhati-hati karena banjir susulan bisa datang sewaktu-waktu.",
    "Anak-anak dan lansia menjadi prioritas evakuasi di {place}, kata petugas setempat.",
    "Negara-negara anggota PBB menggelar rapat darurat membahas situasi di {country}.",
    "Masing-masing posko di {place} menerima bantuan logistik sejak {weekday} pagi.",
    "Rumah-rumah di tepi sungai terendam setelah hujan turun terus-menerus sejak {weekday}.",
)
BODY = (
    "{Speaker_full} {verb} bahwa sebanyak {n} warga terpaksa mengungsi ke balai desa.",
    "{Speaker_full} {verb}, banjir merendam {small} desa sejak {weekday} pagi.",
    "“Tim gabungan masih menyisir sungai untuk mencari korban yang hilang. Pencarian dilanjutkan besok pagi,” "
    "{stem} {Speaker_full}.",
    "“Kami sudah mengerahkan {n} personel gabungan dari TNI, Polri, dan relawan,” {stem} {Speaker_short}.",
    "“Kondisi cuaca masih menjadi kendala utama,” {stem}nya.",
    "Menurut {Speaker_short}, sedikitnya {small} orang meninggal dunia dan {small} lainnya luka-luka.",
    "Ia menambahkan bahwa pemerintah daerah telah menyiapkan dana darurat sebesar Rp {decimal} miliar.",
    "Pada {weekday} ({day}/{month}/{year}), {country} mengumumkan bantuan kemanusiaan senilai ${n} juta untuk "
    "{country2}.",
    "Badan intelijen {country} mengungkapkan pekan lalu bahwa {n} tentara telah dikirim ke {country2}.",
    "Sekitar {n} prajurit sudah berada di pangkalan militer di perbatasan.",
    "Informasi ini diungkap oleh kementerian pertahanan {country}, yang memantau pergerakan pasukan.",
    "Kementerian Kesehatan setempat mengatakan jumlah korban tewas telah mencapai {n} orang, sementara {n2} "
    "lainnya terluka.",
    "{country} membantah tuduhan telah menyerang kawasan permukiman di {country2}.",
    "Serangan itu menewaskan sedikitnya {small} warga sipil, termasuk anak-anak, kata petugas medis setempat.",
    "Kecelakaan tersebut menewaskan {small} orang dan melukai {small} lainnya.",
    "Parlemen {country} pada hari {weekday} menyetujui pinjaman sebesar {small} miliar euro kepada {country2}.",
    "Sebanyak {n} personel gabungan TNI-Polri dikerahkan untuk mengamankan kegiatan tersebut.",
    "KPU {place_short} menetapkan {big} pemilih dalam daftar pemilih tetap.",
    "Gempa bermagnitudo {magnitude} terjadi pada kedalaman {small} kilometer pada pukul {hour}.{minute} WIB.",
    "Hujan deras mengguncang wilayah itu selama hampir tiga jam, sehingga sungai meluap pada {day} {month_name}.",
    "BMKG memperkirakan hujan dengan intensitas tinggi masih akan terjadi hingga akhir pekan ini.",
    "Sejak {month_name} lalu, sebanyak {n} kontainer amunisi dikabarkan dikirim {country} ke {country2}.",
    "Warga diminta tetap waspada dan mengikuti arahan petugas di lapangan.",
    "Dalam pernyataannya, {Speaker_full} menekankan pentingnya koordinasi antarlembaga.",
    "Pemerintah pusat mengalokasikan anggaran sebesar Rp {decimal} triliun untuk rehabilitasi dan rekonstruksi.",
    "Video berdurasi {small} detik itu memperlihatkan arus air yang deras menyeret sejumlah kendaraan.",
    "Tiba-tiba air naik dengan cepat dan warga menyelamatkan barang-barang berharga mereka.",
    "Langkah-langkah tegas akan diambil terhadap setiap pelanggar, {stem} {Speaker_short}.",
    "Bantuan dibagikan kepada masing-masing kepala keluarga secara bertahap.",
)
FURNITURE = (
    "Baca juga: {country} Kirim {n} Tentara ke Perbatasan",
    "Baca Juga: Banjir Susulan Rendam {small} Desa di {place}",
    "Dengarkan berita terbaru pilihan redaksi lewat aplikasi kami.",
    "Editor: {first} {last}",
)
HEADLINES = (
    "Banjir Bandang Terjang {place}, {small} Orang Meninggal",
    "{country} Kirim {n} Tentara ke {country2}",
    "Gempa Guncang {place}, Ribuan Warga Mengungsi",
    "Pemerintah Siapkan Rp {decimal} Triliun untuk Korban Bencana",
    "{n} Personel Gabungan Amankan Pemilu di {place}",
)


SYLLABLES = ("ka", "ri", "to", "wan", "su", "di", "man", "ra", "ja", "sa", "ti", "no", "har", "ya", "lo", "me",
             "gu", "na", "pur", "se", "tya", "bu", "dar", "wi", "an", "ko", "ru", "mi", "ha", "dja", "ba", "le")


def coined(rng: random.Random, syllables: tuple[int, int] = (2, 4)) -> str:
    """A new proper name ("Wiradika"): real news names a new person or place in most articles."""
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(*syllables))).capitalize()


class Filler:
    """Draws slot values from the pools with one seeded generator."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        # Each article names its own places, like real reports do.
        self.places = [f"{rng.choice(('Kabupaten', 'Kota', 'Kecamatan', 'Desa'))} {coined(rng)}" for _ in range(3)]

    def person(self):
        pick, rng = self.rng.choice, self.rng
        first = pick(FIRST) if rng.random() < 0.3 else coined(rng, (2, 3))
        last = pick(LAST) if rng.random() < 0.3 else coined(rng)
        place = pick(self.places + list(PLACES))
        role = pick(ROLES).format(place=place, place_short=place.split()[-1], country=pick(COUNTRIES),
                                  city_t=pick(CITIES).title())
        return role, first, last

    def slots(self, speaker) -> dict:
        pick, rng = self.rng.choice, self.rng
        role, first, last = speaker
        day = rng.randint(1, 28)
        month = rng.randint(1, 12)
        return {
            "Speaker_full": f"{role} {first} {last}" if rng.random() < 0.6 else f"{role}, {first} {last},",
            "Speaker_short": last,
            "verb": pick(VERBS), "stem": pick(STEMS),
            "n": f"{rng.randint(1, 40) * 100:,}".replace(",", "."), "n2": f"{rng.randint(1, 90) * 100:,}".replace(",", "."),
            "small": str(rng.randint(2, 60)), "big": f"{rng.randint(100_000, 9_000_000):,}".replace(",", "."),
            "decimal": f"{rng.randint(1, 9)},{rng.randint(1, 9)}",
            "weekday": pick(WEEKDAYS), "day": str(day), "month": str(month), "year": "2024",
            "month_name": MONTHS[month - 1], "magnitude": f"{rng.randint(4, 7)},{rng.randint(0, 9)}",
            "hour": f"{rng.randint(0, 23):02d}", "minute": f"{rng.randint(0, 59):02d}",
            "country": pick(COUNTRIES), "country2": pick(COUNTRIES), "place": pick(self.places),
            "place_short": pick(self.places).split()[-1], "first": coined(rng, (2, 3)), "last": coined(rng),
        }


def article(rng: random.Random) -> str:
    filler = Filler(rng)
    speakers = [filler.person() for _ in range(3)]
    slots = filler.slots(speakers[0])
    published = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 330))
    lines = [rng.choice(HEADLINES).format(**slots), ""]
    lead = rng.choice(LEADS + BODY).format(**filler.slots(rng.choice(speakers)))
    lines += [f"{rng.choice(CITIES)}, {rng.choice(OUTLETS)} - Pada {WEEKDAYS[published.weekday()]} "
              f"({published.day}/{published.month}/{published.year}), {lead[0].lower()}{lead[1:]}", ""]
    for _ in range(rng.randint(8, 14)):
        sentences = [rng.choice(BODY).format(**filler.slots(rng.choice(speakers))) for _ in range(rng.randint(1, 3))]
        lines += [" ".join(sentences), ""]
        if rng.random() < 0.15:
            lines += [rng.choice(FURNITURE).format(**slots), ""]
    lines.append(f"Sumber: {rng.choice(('Antara', 'Reuters', 'AFP', 'kabarkita.com'))}")
    return "\n".join(lines)


def articles(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [article(rng) for _ in range(count)]
