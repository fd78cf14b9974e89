package bench;

import java.util.stream.IntStream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The minimal app plus Thymeleaf: GET / renders one small page with 30 items. */
@SpringBootApplication
@Controller
public class MinimalThymeleafApplication {
    public record Item(String id, String text, double value) {}

    @GetMapping("/")
    String hello(Model model) {
        model.addAttribute("items", IntStream.range(0, 30).mapToObj(i -> new Item("f" + i, "文本" + i, i * 1.5)).toList());
        return "page";
    }

    public static void main(String[] args) {
        SpringApplication.run(MinimalThymeleafApplication.class, args);
    }
}
