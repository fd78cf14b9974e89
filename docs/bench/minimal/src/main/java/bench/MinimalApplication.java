package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The smallest Spring Boot MVC application: one controller, one constant answer. */
@SpringBootApplication
@RestController
public class MinimalApplication {

    @GetMapping("/")
    String hello() {
        return "ok";
    }

    public static void main(String[] args) {
        SpringApplication.run(MinimalApplication.class, args);
    }
}
