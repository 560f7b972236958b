package io.planlens.generate;

/**
 * Stock paragraphs of the genre (purpose, requirements, tasks, funding, who does what), with
 * placeholders filled per plan: {unit} the issuing unit ("xã Ia Hla"), {cap} its type word
 * ("xã"), {ubnd} its issuer ("UBND xã"), {sub} its sub-units ("các thôn, tổ dân phố"),
 * {year} the plan year, {prev} the year before, {parent} the parent issuer. None of them states a
 * numeric target: targets are written by the renderer so that the gold knows every one of them.
 */
final class Filler {
    private Filler() {}

    static final String[] PURPOSE = {
        "Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, gia đình, nhà trường và toàn xã hội về bảo vệ, chăm sóc trẻ em. Tăng cường hiệu quả công tác quản lý nhà nước về trẻ em trên địa bàn {unit}.",
        "Triển khai có hiệu quả các chỉ tiêu, nhiệm vụ về công tác trẻ em giai đoạn 2021-2025; đảm bảo thực hiện tốt các quyền của trẻ em theo quy định, tạo môi trường sống an toàn, lành mạnh để trẻ em phát triển toàn diện.",
        "Đẩy mạnh các giải pháp nhằm trợ giúp cho trẻ em có hoàn cảnh đặc biệt khó khăn và trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt khó khăn trên địa bàn {unit}.",
        "Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy Đảng, chính quyền, sự phối hợp giữa các tổ chức đoàn thể, tổ chức chính trị - xã hội, sự tham gia của gia đình, cá nhân và cộng đồng nhằm nâng cao hiệu quả quản lý nhà nước về công tác trẻ em.",
        "Xây dựng môi trường sống an toàn, lành mạnh, thân thiện để thực hiện ngày càng tốt hơn các quyền của trẻ em; từng bước rút ngắn khoảng cách chênh lệch về điều kiện sống giữa các nhóm trẻ em; chủ động phòng ngừa, kiểm soát, giảm thiểu nguy cơ trẻ em bị bạo lực, bị xâm hại, tai nạn thương tích, bóc lột.",
        "Thực hiện hiệu quả các chính sách, chương trình và vận động xã hội để bảo vệ, chăm sóc trẻ em, nước sạch vệ sinh môi trường và các dịch vụ phúc lợi xã hội của trẻ em; đảm bảo cho trẻ em có hoàn cảnh đặc biệt được quan tâm giúp đỡ bằng mọi hình thức kể cả vật chất lẫn tinh thần.",
        "Khắc phục những hạn chế, tồn tại, bất cập trong thực hiện quyền trẻ em và bảo vệ trẻ em năm {prev}; phát huy những kết quả đã đạt được, tạo sự chuyển biến mạnh mẽ hơn trong công tác trẻ em năm {year}.",
        "Tạo sự chuyển biến mạnh mẽ trong nhận thức và hành động của cán bộ, đảng viên và nhân dân về công tác chăm sóc, giáo dục và bảo vệ trẻ em; huy động sự tham gia của toàn xã hội vào việc thực hiện quyền trẻ em.",
    };

    static final String[] REQUIRE = {
        "Việc triển khai các hoạt động đảm bảo đúng quy định, thiết thực, hiệu quả, phù hợp với tình hình thực tiễn của địa phương.",
        "Các cơ quan, đơn vị, ban ngành, đoàn thể và {sub} bám sát nhiệm vụ, giải pháp trọng tâm của Kế hoạch này để xây dựng kế hoạch, tổ chức thực hiện theo chức năng, nhiệm vụ được giao.",
        "Huy động nguồn lực và sự tham gia đóng góp tích cực của các tổ chức, cá nhân trong và ngoài nước, các tầng lớp nhân dân để thực hiện tốt các chương trình, kế hoạch về công tác trẻ em.",
        "Đảm bảo sự phối hợp chặt chẽ giữa các ngành, các đoàn thể nhằm thực hiện hiệu quả công tác thu thập, cập nhật thông tin, đề xuất giải pháp phù hợp, kết nối dịch vụ bảo vệ trẻ em ngay tại cộng đồng.",
        "Các nội dung hoạt động phải được lồng ghép với các chương trình phát triển kinh tế - xã hội của địa phương, tiết kiệm, tránh hình thức, lãng phí.",
        "Định kỳ sơ kết, đánh giá kết quả thực hiện, kịp thời đề xuất điều chỉnh, bổ sung các giải pháp phù hợp với tình hình thực tế.",
    };

    static final String[] GENERAL_GOAL = {
        "Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, gia đình, nhà trường và toàn xã hội về bảo vệ, chăm sóc trẻ em. Đảm bảo thực hiện tốt quyền của trẻ em, xây dựng môi trường sống an toàn, lành mạnh cho trẻ em; tăng cường công tác phòng ngừa, giảm thiểu các nguy cơ gây tổn hại cho trẻ em, đặc biệt là xâm hại trẻ em.",
        "Xây dựng môi trường sống an toàn, thân thiện và lành mạnh để thực hiện ngày càng tốt hơn các quyền của trẻ em; thúc đẩy quyền tham gia của trẻ em; chủ động phòng ngừa, giảm thiểu, loại bỏ các nguy cơ gây tổn hại cho trẻ em, giảm thiểu tình trạng trẻ em rơi vào hoàn cảnh đặc biệt.",
        "Từng bước hoàn thành các mục tiêu, chỉ tiêu của Chương trình hành động vì trẻ em giai đoạn 2021 - 2030; giảm số lượng trẻ em có hoàn cảnh đặc biệt; mở rộng độ bao phủ trợ giúp trẻ em có hoàn cảnh đặc biệt, nhất là nhóm trẻ em mồ côi, bị bỏ rơi, khuyết tật; phòng, chống tai nạn, thương tích trẻ em.",
        "Tạo cơ hội phát triển bình đẳng cho mọi trẻ em; tăng tỷ lệ trẻ em có hoàn cảnh đặc biệt và trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt được trợ giúp; thúc đẩy thực hiện quyền tham gia của trẻ em về các vấn đề của trẻ em.",
    };

    /** Task headings; each is followed by 1-3 bodies from {@link #TASK_BODIES} at the same index. */
    static final String[] TASK_HEADS = {
        "Tổ chức thực hiện có hiệu quả các chính sách, pháp luật, chương trình, kế hoạch về công tác trẻ em",
        "Đẩy mạnh các hoạt động truyền thông, giáo dục, vận động xã hội nâng cao nhận thức, trách nhiệm về bảo vệ, chăm sóc và giáo dục trẻ em",
        "Củng cố hệ thống tổ chức, nhân lực và nâng cao năng lực về công tác bảo vệ, chăm sóc trẻ em",
        "Củng cố hệ thống cơ sở cung cấp dịch vụ; xây dựng, nhân rộng các mô hình về bảo vệ, chăm sóc trẻ em",
        "Tăng cường công tác kiểm tra, giám sát việc thực hiện chính sách, pháp luật về trẻ em",
        "Phòng, chống tai nạn thương tích, đuối nước trẻ em",
        "Thúc đẩy quyền tham gia của trẻ em vào các vấn đề về trẻ em",
        "Đẩy mạnh hoạt động huy động, vận động nguồn lực thực hiện quyền trẻ em",
        "Hoàn thiện cơ sở dữ liệu, thông tin, báo cáo về trẻ em",
        "Chăm sóc sức khỏe, dinh dưỡng và phát triển toàn diện trẻ em",
        "Phòng ngừa, giảm thiểu trẻ em lao động trái quy định của pháp luật",
        "Bảo vệ trẻ em trên môi trường mạng",
    };

    static final String[][] TASK_BODIES = {
        {
            "Tăng cường công tác lãnh đạo, chỉ đạo của chính quyền địa phương trong việc thực hiện các chính sách, pháp luật đối với trẻ em; thực hiện đầy đủ trách nhiệm của người đứng đầu trong việc chỉ đạo, quản lý và giải quyết các vấn đề về trẻ em, các vụ việc vi phạm quyền trẻ em.",
            "Lồng ghép, đưa nhiệm vụ thực hiện quyền trẻ em, các mục tiêu, chỉ tiêu về trẻ em vào kế hoạch phát triển kinh tế - xã hội hằng năm của {unit}; bố trí kinh phí để thực hiện các chỉ tiêu, mục tiêu của các chương trình, kế hoạch về trẻ em.",
            "Tiếp tục thực hiện các nội dung hoạt động nhằm xây dựng xã, phường, thị trấn phù hợp với trẻ em theo quy định; nhân rộng phong trào “Toàn dân chăm sóc, giáo dục, bảo vệ trẻ em” gắn với cuộc vận động “Xây dựng nông thôn mới, đô thị văn minh” đến từng địa bàn dân cư.",
        },
        {
            "Tiếp tục đẩy mạnh các hoạt động truyền thông, chú trọng đổi mới, đa dạng hóa các hình thức truyền thông, giáo dục, vận động xã hội về bảo vệ, chăm sóc trẻ em phù hợp với các nhóm đối tượng và tình hình thực tế (truyền thông trên phương tiện thông tin đại chúng, trên mạng Internet, xây dựng pano, áp phích, khẩu hiệu, tờ rơi, tư vấn trực tiếp,...).",
            "Tăng cường trang bị kiến thức, kỹ năng cho cha, mẹ, người chăm sóc trẻ em và trẻ em về thực hiện quyền, bổn phận của trẻ em; chăm sóc phát triển toàn diện trẻ em; phòng, chống tai nạn thương tích, bạo lực, xâm hại trẻ em; thúc đẩy quyền tham gia của trẻ em vào các vấn đề của trẻ em.",
            "Thực hiện các phóng sự, bản tin, tin, bài trên hệ thống truyền thanh, trang thông tin điện tử của {ubnd}; treo băng rôn, khẩu hiệu, pano, áp phích tại trụ sở cơ quan, trường học, khu vực công cộng; lắp đặt biển cảnh báo tại các khu vực có nguy cơ xảy ra tai nạn, thương tích đối với trẻ em.",
        },
        {
            "Củng cố, kiện toàn tổ chức phối hợp liên ngành về bảo vệ trẻ em; duy trì hoạt động của nhóm thường trực bảo vệ trẻ em cấp xã; phát triển mạng lưới cộng tác viên bảo vệ trẻ em tại cộng đồng dân cư theo quy định.",
            "Phối hợp với cấp trên tổ chức các lớp tập huấn, bồi dưỡng, nâng cao năng lực bảo vệ, chăm sóc trẻ em cho đội ngũ cán bộ, công chức, viên chức, cộng tác viên làm công tác trẻ em nhằm tăng cường kiến thức, kỹ năng bảo đảm thực hiện quyền trẻ em.",
            "Thực hiện nghiêm chế độ thông tin, báo cáo định kỳ và đột xuất về bảo vệ, chăm sóc trẻ em, nhất là báo cáo kịp thời những trường hợp trẻ em bị tử vong do tai nạn thương tích, trẻ em bị xâm hại.",
        },
        {
            "Duy trì, phát triển, nhân rộng các mô hình về bảo vệ, chăm sóc trẻ em: phòng, chống tai nạn thương tích; thúc đẩy quyền tham gia của trẻ em; bảo vệ trẻ em dựa vào cộng đồng; duy trì và phát huy mô hình “Địa chỉ tin cậy – nhà tạm lánh”.",
            "Khuyến khích, biểu dương, nhân rộng những mô hình, điển hình, sáng kiến tốt trong công tác bảo vệ, chăm sóc, giáo dục trẻ em và đóng góp nguồn lực cho công tác trẻ em nhằm tăng cường hiệu quả công tác bảo vệ trẻ em.",
        },
        {
            "Tăng cường công tác thanh tra, kiểm tra liên ngành và chuyên đề việc thực hiện pháp luật, chính sách, chương trình, kế hoạch về trẻ em; kiểm tra, rà soát các biện pháp bảo đảm môi trường sống an toàn, phòng ngừa bạo lực, bóc lột, xâm hại trẻ em và tai nạn thương tích, đặc biệt là đuối nước ở trẻ em.",
            "Xử lý nghiêm người đứng đầu cơ quan, đơn vị, cơ sở giáo dục chậm trễ, thực hiện không đầy đủ trách nhiệm, bao che hành vi, vụ việc vi phạm quyền trẻ em; xử lý đơn thư, khiếu nại, tố cáo liên quan đến trẻ em (nếu có) theo quy định của pháp luật.",
        },
        {
            "Chủ động triển khai các biện pháp phòng ngừa, giảm thiểu các nguy cơ gây tổn hại cho trẻ em; phòng, chống tai nạn thương tích cho trẻ em, trong đó tập trung phòng ngừa tai nạn đuối nước và tai nạn giao thông, nhất là trong dịp hè và mùa mưa, lũ.",
            "Rà soát, cảnh báo các điểm có nguy cơ cao gây đuối nước (ao, hồ, sông, suối, hố công trình); tổ chức các lớp dạy bơi, kỹ năng an toàn trong môi trường nước cho trẻ em; tuyên truyền cha mẹ quản lý, giám sát trẻ em trong thời gian nghỉ hè.",
        },
        {
            "Tổ chức Diễn đàn trẻ em, các hoạt động để trẻ em được bày tỏ ý kiến, nguyện vọng về các vấn đề của trẻ em; tiếp thu, giải quyết và phản hồi các ý kiến, kiến nghị của trẻ em theo thẩm quyền.",
            "Tạo điều kiện để trẻ em tham gia các câu lạc bộ, nhóm trẻ em nòng cốt, hoạt động văn hóa, văn nghệ, thể dục, thể thao; lấy ý kiến của trẻ em trong quá trình xây dựng các chương trình, kế hoạch có liên quan đến trẻ em.",
        },
        {
            "Tăng cường việc huy động, vận động các nguồn lực trong nước để hỗ trợ thực hiện công tác trẻ em, hỗ trợ trẻ em có hoàn cảnh đặc biệt trên địa bàn; tích cực triển khai các hoạt động hợp tác, phối hợp nhằm thu hút sự tham gia của toàn xã hội.",
            "Tiếp tục vận động xây dựng và sử dụng hiệu quả Quỹ Bảo trợ trẻ em; tranh thủ sự hỗ trợ của Quỹ Bảo trợ trẻ em Việt Nam để trợ giúp khám chữa bệnh, tặng học bổng, thăm, tặng quà cho trẻ em trong dịp lễ, tết, Tháng hành động vì trẻ em và Tết Trung thu.",
        },
        {
            "Tích cực rà soát, cập nhật, chuẩn hoá và làm sạch dữ liệu trẻ em trên phần mềm quản lý thông tin trẻ em tại cơ sở nhằm liên thông với cơ sở dữ liệu quốc gia về dân cư.",
            "Thu thập, tổng hợp thông tin kết quả chỉ số thực hiện quyền trẻ em trên địa bàn để bảo đảm đánh giá xếp hạng địa phương về thực hiện quyền trẻ em chính xác, khách quan; thực hiện nghiêm túc chế độ thông tin, báo cáo về công tác trẻ em.",
        },
        {
            "Triển khai các giải pháp nhằm chăm sóc sức khỏe, cải thiện dinh dưỡng cho trẻ em; thực hiện có hiệu quả chương trình tiêm chủng mở rộng, chăm sóc sức khỏe bà mẹ, trẻ sơ sinh; chăm sóc sức khỏe tinh thần, phát triển toàn diện trẻ em trong những năm đầu đời.",
            "Thực hiện tốt chính sách khám, chữa bệnh cho trẻ em dưới 6 tuổi, trẻ em có hoàn cảnh đặc biệt, trẻ em thuộc hộ nghèo; rà soát, lập danh sách đăng ký khám sàng lọc, phẫu thuật cho trẻ em khuyết tật, trẻ em bị tim bẩm sinh.",
        },
        {
            "Tuyên truyền, nâng cao nhận thức của gia đình, cộng đồng về phòng ngừa, giảm thiểu trẻ em lao động trái quy định của pháp luật; rà soát, phát hiện và hỗ trợ kịp thời trẻ em có nguy cơ phải lao động sớm, trẻ em bỏ học.",
            "Phối hợp kiểm tra các cơ sở sản xuất, kinh doanh có sử dụng lao động chưa thành niên; hỗ trợ trẻ em lao động trái quy định trở lại trường học hoặc học nghề phù hợp.",
        },
        {
            "Triển khai các hoạt động bảo vệ và hỗ trợ trẻ em tương tác lành mạnh, sáng tạo trên môi trường mạng; trang bị cho trẻ em, cha mẹ kỹ năng nhận biết, phòng ngừa các nguy cơ bị lôi kéo, dụ dỗ, xâm hại trên không gian mạng.",
        },
    };

    static final String[] FUNDING = {
        "Kinh phí thực hiện từ ngân sách nhà nước được bố trí trong dự toán chi hằng năm của các cơ quan, đơn vị, địa phương theo phân cấp ngân sách hiện hành.",
        "Từ nguồn kinh phí được phân bổ theo quy định và nguồn huy động, vận động hợp pháp khác.",
        "Huy động nguồn lực từ các doanh nghiệp, các tổ chức, cá nhân trong, ngoài nước và các nguồn lực hợp pháp khác.",
        "Lồng ghép với kinh phí thực hiện các chương trình mục tiêu quốc gia và các chương trình, đề án khác có liên quan trên địa bàn.",
    };

    /** Agencies of a province or district: name (with {cap} type word) and their part. */
    static final String[][] ORG_UPPER = {
        {"Phòng Lao động – Thương binh và Xã hội {cap}", "Chủ trì, phối hợp với các cơ quan có liên quan, {sub} tổ chức triển khai nội dung của Kế hoạch; tham mưu thực hiện đầy đủ chế độ, chính sách đối với trẻ em có hoàn cảnh đặc biệt, nhất là trẻ em bị bỏ rơi, trẻ em mồ côi không nơi nương tựa, trẻ em khuyết tật; tổng hợp báo cáo kết quả thực hiện công tác trẻ em theo quy định."},
        {"Phòng Tài chính – Kế hoạch", "Chủ trì, phối hợp với cơ quan thường trực đưa các mục tiêu, nội dung của công tác bảo vệ, chăm sóc và giáo dục trẻ em vào kế hoạch phát triển kinh tế - xã hội; tham mưu bố trí ngân sách để thực hiện các hoạt động bảo vệ, chăm sóc và giáo dục trẻ em trên địa bàn."},
        {"Phòng Tư pháp", "Thực hiện các hoạt động trợ giúp pháp lý cho trẻ em; đẩy mạnh tuyên truyền, phổ biến giáo dục pháp luật liên quan đến công tác bảo vệ, chăm sóc trẻ em; chỉ đạo tốt việc đăng ký khai sinh cho trẻ em theo quy định."},
        {"Phòng Y tế", "Chủ trì, phối hợp với các ngành, địa phương thực hiện các mục tiêu về dinh dưỡng, chăm sóc sức khỏe cho trẻ em, phòng chống tai nạn, thương tích; chỉ đạo thực hiện có hiệu quả chính sách khám, chữa bệnh cho trẻ em dưới 6 tuổi; phục hồi chức năng cho trẻ em khuyết tật."},
        {"Phòng Giáo dục và Đào tạo", "Chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện các mục tiêu về giáo dục; chỉ đạo các trường học tuyên truyền về quyền, bổn phận của trẻ em, kỹ năng sống, phòng chống bạo lực học đường, xâm hại trẻ em; tổ chức dạy bơi, phòng chống đuối nước cho học sinh."},
        {"Phòng Văn hóa và Thông tin", "Chủ trì, phối hợp với các cơ quan liên quan đẩy mạnh công tác thông tin, tuyên truyền về công tác trẻ em; kiểm tra, xử lý các cơ sở kinh doanh sản phẩm văn hóa có nội dung không phù hợp với trẻ em; hướng dẫn xây dựng các điểm vui chơi dành cho trẻ em."},
        {"Công an {cap}", "Tăng cường công tác phòng ngừa, phát hiện, điều tra, xử lý nghiêm các vụ việc xâm hại trẻ em, mua bán trẻ em; phối hợp bảo vệ an toàn cho trẻ em là nạn nhân, nhân chứng trong quá trình tố tụng."},
        {"Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam {cap} và các tổ chức chính trị - xã hội", "Tăng cường giám sát, phản biện xã hội về thực hiện quyền trẻ em; vận động hội viên, đoàn viên và nhân dân tham gia bảo vệ, chăm sóc trẻ em; phối hợp tổ chức các hoạt động vì trẻ em."},
        {"Đề nghị Hội Liên hiệp Phụ nữ {cap}", "Tuyên truyền, vận động hội viên phụ nữ nâng cao kiến thức, kỹ năng nuôi dạy con; phòng, chống bạo lực gia đình, xâm hại trẻ em; nhân rộng các mô hình hỗ trợ phụ nữ và trẻ em có hoàn cảnh khó khăn."},
        {"Đề nghị Đoàn Thanh niên Cộng sản Hồ Chí Minh {cap}", "Chủ trì tổ chức các hoạt động vui chơi, giải trí, sinh hoạt hè cho thiếu niên, nhi đồng; phối hợp tổ chức Diễn đàn trẻ em, các hoạt động thúc đẩy quyền tham gia của trẻ em."},
    };

    static final String[][] ORG_COMMUNE = {
        {"Công chức Lao động – Thương binh và Xã hội", "Thường trực, chủ trì tham mưu cho {ubnd} triển khai các kế hoạch, chương trình về công tác chăm sóc, giáo dục và bảo vệ trẻ em trên địa bàn; thực hiện tốt việc thu thập, cập nhật thông tin về trẻ em vào phần mềm quản lý trẻ em; kịp thời thông tin các vụ việc trẻ em bị xâm hại, bóc lột, tai nạn thương tích."},
        {"Trạm Y tế", "Triển khai các giải pháp nhằm chăm sóc sức khỏe, cải thiện dinh dưỡng cho trẻ em; thực hiện tốt công tác tiêm chủng mở rộng, theo dõi tăng trưởng, phòng chống suy dinh dưỡng; hướng dẫn sơ cứu, cấp cứu ban đầu cho trẻ em bị tai nạn thương tích."},
        {"Công chức Tư pháp – Hộ tịch", "Thực hiện đăng ký khai sinh cho trẻ em đúng quy định; phối hợp tuyên truyền, phổ biến pháp luật về trẻ em; tham gia trợ giúp pháp lý cho trẻ em có hoàn cảnh đặc biệt."},
        {"Công chức Văn hóa – Xã hội", "Đẩy mạnh các hoạt động thông tin, tuyên truyền về chủ trương, chính sách, pháp luật đối với công tác trẻ em trên hệ thống loa truyền thanh; hướng dẫn {sub} xây dựng các khu vui chơi dành cho trẻ em."},
        {"Công an {cap}", "Nắm chắc tình hình, phòng ngừa, phát hiện và phối hợp xử lý kịp thời các vụ việc xâm hại, bạo lực trẻ em trên địa bàn; bảo đảm an ninh, trật tự trong các hoạt động vui chơi của trẻ em."},
        {"Các trường học trên địa bàn", "Triển khai các biện pháp phòng ngừa bạo lực học đường, hỗ trợ học sinh có nguy cơ và can thiệp khi xảy ra bạo lực học đường; phát huy vai trò của giáo viên trong việc theo dõi, phát hiện các dấu hiệu bị bạo lực, xâm hại của học sinh."},
        {"Đề nghị Hội Liên hiệp Phụ nữ, Đoàn Thanh niên {cap}", "Phối hợp tuyên truyền, vận động hội viên, đoàn viên tham gia bảo vệ, chăm sóc trẻ em; tổ chức các hoạt động vui chơi, sinh hoạt hè cho trẻ em tại cộng đồng."},
        {"Ban nhân dân {sub}", "Thực hiện kịp thời thông báo lên cấp trên, hỗ trợ, can thiệp trẻ em bị xâm hại, bạo lực, trẻ em có hoàn cảnh đặc biệt; tuyên truyền rộng rãi đến người dân quyền lợi của trẻ em; phối hợp rà soát, đăng ký trẻ em khuyết tật đi khám sàng lọc."},
    };

    static final String[][] ORG_SCHOOL = {
        {"Ban Giám hiệu", "Chỉ đạo chung việc thực hiện Kế hoạch; phân công nhiệm vụ cụ thể cho các bộ phận; kiểm tra, đánh giá kết quả thực hiện công tác bảo vệ, chăm sóc và giáo dục học sinh trong năm học."},
        {"Tổng phụ trách Đội", "Xây dựng kế hoạch tổ chức các hoạt động hưởng ứng Tháng hành động vì trẻ em, Diễn đàn trẻ em, Tết Trung thu; tổ chức các hoạt động ngoại khóa, giáo dục kỹ năng sống, phòng chống đuối nước cho học sinh."},
        {"Giáo viên chủ nhiệm", "Theo dõi, nắm bắt hoàn cảnh, tâm lý của từng học sinh; phối hợp với cha mẹ học sinh trong việc giáo dục, bảo vệ trẻ em; kịp thời phát hiện, báo cáo các trường hợp học sinh có dấu hiệu bị bạo lực, xâm hại."},
        {"Nhân viên y tế trường học", "Thực hiện công tác chăm sóc sức khỏe ban đầu cho học sinh; phối hợp với trạm y tế tổ chức khám sức khỏe định kỳ, tẩy giun, uống vitamin A; hướng dẫn sơ cấp cứu ban đầu khi học sinh bị tai nạn thương tích."},
        {"Ban đại diện cha mẹ học sinh", "Phối hợp với nhà trường tuyên truyền, vận động phụ huynh quan tâm, chăm sóc, giáo dục con em; tham gia vận động nguồn lực hỗ trợ học sinh có hoàn cảnh khó khăn."},
    };

    static final String[] CLOSING = {
        "Trên đây là Kế hoạch thực hiện công tác trẻ em năm {year} của {ubnd}. Đề nghị các cơ quan, đơn vị, ban ngành, đoàn thể và {sub} triển khai thực hiện./.",
        "Trên đây là Kế hoạch thực hiện nhiệm vụ bảo vệ, chăm sóc trẻ em năm {year} trên địa bàn {unit}; yêu cầu các đơn vị có liên quan nghiêm túc triển khai thực hiện./.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về {ubnd} để xem xét, giải quyết./.",
    };

    static final String[] NAMES_FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương"};
    static final String[] NAMES_MIDDLE = {"Văn", "Thị", "Đình", "Minh", "Hữu", "Quốc", "Thanh", "Ngọc", "Đức", "Xuân", "Thị Thu", "Công", "Phi"};
    static final String[] NAMES_GIVEN = {"Bình", "Khanh", "Hùng", "Lan", "Hoa", "Tuấn", "Dũng", "Hạnh", "Phương", "Sơn", "Nam", "Hải", "Thảo", "Trang", "Long", "Quang", "Mai", "Yến", "Thắng", "Hiền", "Tâm", "Lực", "Nga", "Vinh"};
}
