package org.caunoi.bench.matching;

import java.util.Random;

/**
 * Vietnamese person names drawn with the population's frequencies, seeded: the family name by its
 * share of the population (Nguyễn 38 %, Trần 11 %, Lê 9.5 %, Phạm 7 % ...), a middle name (Văn and
 * Thị a third each), one given name out of about 150 by a Zipf-like share, and one name in seven
 * with a second middle name. Persons share names, as they do in a country.
 */
final class PopulationNames {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
            "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đào", "Cao", "Lương", "Trịnh", "Mai", "Lâm", "Tô", "Hà", "Chu", "Đoàn", "Tạ",
            "Lưu", "Kiều", "Quách", "Thái", "Triệu", "Vương", "Phùng", "La", "Tăng", "Văn", "Giang", "Khúc"};
    /** Per cent of the population, Nguyễn first; the rest share what is left. */
    private static final double[] FAMILY_SHARE = {38.4, 11, 9.5, 7, 3, 2.1, 4.5, 2, 1.9, 2.1, 2, 1.4, 1.3, 1.3, 1, 0.5};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Ngọc", "Thanh", "Hữu", "Quốc", "Xuân", "Công", "Quang",
            "Kim", "Thu", "Hoàng", "Anh", "Bảo", "Gia", "Đình", "Mạnh", "Phương"};
    private static final double[] MIDDLE_SHARE = {33, 33, 5, 4, 4, 3, 3, 2, 2, 2, 2, 1.5, 1.5, 1, 1, 1, 0.5, 0.5, 0.5, 0.5};
    private static final String[] GIVEN = ("Anh Hùng Dũng Hương Lan Linh Nam Hà Hải Hưng Tuấn Thảo Trang Long Quân Phương Hoa Mai Hiếu Huy "
            + "Hoàng Minh Thắng Trung Sơn Tùng Bình Cường Đạt Khánh Nga Ngọc Nhung Oanh Phúc Quang Tâm Thanh Thủy Tiến Toàn Trâm Tú Vân "
            + "Vinh Yến Hạnh Hằng Hiền Hồng Huyền Khoa Kiên Lâm Lực Lộc Loan Luân Nhân Nhật Ninh Phong Quyết Sang Tài Thành Thịnh Thu "
            + "Thư Tín Trí Trinh Trường Tuyết Uyên Việt Vũ Xuân Bảo Châu Chi Công Cúc Diệp Diệu Đông Dương Giang Hân Hậu Hiển Hòa Hợp "
            + "Khải Khang Khôi Lệ Liên Liễu Luyến Mạnh My Ngân Nguyên Nhi Nhiên Phát Phú Quế Quý Quyên Sáng Tân Thái Thắm Thơ Thông "
            + "Thuận Thương Tính Tốt Trọng Tuệ Tường Uy Vi Vy Xuyến Yên Đức Điệp Đào Định Hiệp Kha Kỳ Lành Lợi Mỹ Nghĩa Nhàn Nhạn "
            + "Phượng Quỳnh Sinh Sương Thoa Thuần Thùy").split(" ");

    private final Random random;
    private final double[] family = cumulative(FAMILY_SHARE, FAMILY.length, 100);
    private final double[] middle = cumulative(MIDDLE_SHARE, MIDDLE.length, 100);
    private final double[] given;

    PopulationNames(long seed) {
        random = new Random(seed);
        double[] zipf = new double[GIVEN.length];
        double total = 0;
        for (int i = 0; i < zipf.length; i++) {
            zipf[i] = 1.0 / (i + 5);
            total += zipf[i];
        }
        given = cumulative(zipf, zipf.length, total);
    }

    String next() {
        String name = FAMILY[draw(family)] + " " + MIDDLE[draw(middle)];
        if (random.nextInt(7) == 0) {
            name += " " + MIDDLE[draw(middle)];
        }
        return name + " " + GIVEN[draw(given)];
    }

    /** A name thousands share: one of the three commonest family names, Văn or Thị, one of the ten commonest given names. */
    String common(Random r) {
        return FAMILY[r.nextInt(3)] + " " + MIDDLE[r.nextInt(2)] + " " + GIVEN[r.nextInt(10)];
    }

    private int draw(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    /** Running totals of the shares; names without a share split what is left of {@code total} evenly. */
    private static double[] cumulative(double[] shares, int count, double total) {
        double given = 0;
        for (double s : shares) {
            given += s;
        }
        double rest = count > shares.length ? Math.max(0, total - given) / (count - shares.length) : 0;
        double[] out = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += i < shares.length ? shares[i] : rest;
            out[i] = sum;
        }
        return out;
    }
}
